package io.github.sipstatus.generation;

import io.github.sipstatus.model.JavaNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Java package names: the default derived from a Maven groupId, and the check of a configured one. */
public final class PackageNames {

    private PackageNames() {}

    /**
     * The default package for a groupId: the groupId plus {@code .sip}, with each segment made a Java
     * name ({@code my-company} becomes {@code my_company}, {@code 2go} becomes {@code _2go},
     * {@code int} becomes {@code int_}).
     *
     * @param groupId the project's groupId
     * @return the package, or empty when a segment is empty and nothing sensible can be made
     */
    public static Optional<String> fromGroupId(String groupId) {
        List<String> segments = new ArrayList<>();
        for (String segment : (groupId + ".sip").split("\\.", -1)) {
            if (segment.isEmpty()) {
                return Optional.empty();
            }
            StringBuilder name = new StringBuilder(segment.length() + 2);
            for (char c : segment.toLowerCase(Locale.ROOT).toCharArray()) {
                name.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ? c : '_');
            }
            if (Character.isDigit(name.charAt(0))) {
                name.insert(0, '_');
            }
            if (JavaNames.isKeyword(name)) {
                name.append('_');
            }
            segments.add(name.toString());
        }
        return Optional.of(String.join(".", segments));
    }

    /**
     * Why a name is not a usable Java package name.
     *
     * @param packageName the configured name
     * @return the reason, phrased to follow "parameter 'packageName': 'x' ...", or empty if it is usable
     */
    public static Optional<String> problem(String packageName) {
        if (packageName.isEmpty()) {
            return Optional.of("is empty");
        }
        for (String segment : packageName.split("\\.", -1)) {
            if (segment.isEmpty()) {
                return Optional.of("has an empty segment");
            }
            if (JavaNames.isKeyword(segment)) {
                return Optional.of("uses the Java keyword '" + segment + "'");
            }
            if (!JavaNames.isIdentifier(segment)) {
                return Optional.of("has '" + segment + "', which is not a Java name");
            }
        }
        if (packageName.equals("java") || packageName.startsWith("java.")) {
            return Optional.of("is in java.*, which only the JDK may use");
        }
        return Optional.empty();
    }
}
