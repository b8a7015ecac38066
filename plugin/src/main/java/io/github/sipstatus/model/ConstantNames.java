package io.github.sipstatus.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place that knows what a status constant may be called: how a name is derived from a reason
 * phrase, and which names Java (or the generated types) would not accept.
 */
public final class ConstantNames {

    /**
     * The one UPPER_SNAKE_CASE field the generated {@code SipStatus} declares next to its constants (an
     * enum constant is a field too); its other fields are lower camel case and cannot clash.
     */
    private static final String BUNDLE_BASE_NAME = "BUNDLE_BASE_NAME";

    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private ConstantNames() {}

    /**
     * Derives a constant from a reason phrase: upper-case it, turn every run of characters that are not
     * letters or digits into one {@code _}, and trim {@code _} from both ends.
     * "Request-URI Too Long" becomes {@code REQUEST_URI_TOO_LONG}. A letter outside ASCII stays, and
     * {@link #problem} then asks for an explicit constant.
     *
     * @param reasonPhrase the code's reason phrase
     * @return the derived name, which {@link #problem} may still reject
     */
    public static String derive(String reasonPhrase) {
        String upper = reasonPhrase.toUpperCase(Locale.ROOT);
        StringBuilder name = new StringBuilder(upper.length());
        boolean pendingSeparator = false;
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            boolean keep = Character.isLetterOrDigit(c);
            if (!keep) {
                pendingSeparator = true;
            } else {
                if (pendingSeparator && name.length() > 0) {
                    name.append('_');
                }
                pendingSeparator = false;
                name.append(c);
            }
        }
        return name.toString();
    }

    /**
     * Why a name cannot be a status constant, or empty if it can. The reasons are phrased to follow
     * "constant 'x' ...". Constants are UPPER_SNAKE_CASE in ASCII: the Java convention, a name every
     * keyboard can type, and never one of the lower- or camel-case names the generated code uses for
     * its fields and types ({@code code}, {@code Optional}).
     *
     * @param name a constant name, derived or given in the table
     * @return why it cannot be used, or empty when it can
     */
    public static Optional<String> problem(String name) {
        Optional<String> shape = shapeProblem(name);
        if (shape.isPresent()) {
            return shape;
        }
        if (name.equals(BUNDLE_BASE_NAME)) {
            return Optional.of("is taken by a member of the generated SipStatus enum");
        }
        return Optional.empty();
    }

    /**
     * Why a name cannot be a constant of any generated enum, or empty if it can: the rules of
     * {@link #problem} but the names {@code SipStatus} itself takes. For the values of an enum attribute,
     * which become constants of a nested enum.
     *
     * @param name a constant name
     * @return why it cannot be used, or empty when it can
     */
    public static Optional<String> shapeProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of("is empty");
        }
        if (Character.isDigit(name.charAt(0))) {
            return Optional.of("starts with a digit, which no Java name may");
        }
        if (JavaNames.isKeyword(name)) {
            return Optional.of("is a Java keyword or literal");
        }
        if (!UPPER_SNAKE.matcher(name).matches()) {
            return Optional.of("is not UPPER_SNAKE_CASE: use A-Z, 0-9 and '_', starting with a letter");
        }
        return Optional.empty();
    }
}
