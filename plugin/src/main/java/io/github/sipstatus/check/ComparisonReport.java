package io.github.sipstatus.check;

import io.github.sipstatus.model.StatusCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The comparison as lines a person reads in a build log. */
public final class ComparisonReport {

    private ComparisonReport() {}

    public static List<String> lines(RegistryComparison comparison, String tableName, int registrySize) {
        List<String> lines = new ArrayList<>();
        lines.add(tableName + " against the IANA registry (" + registrySize + " codes): " + comparison.common()
                + " in both, " + comparison.missing().size() + " missing, " + comparison.extra().size()
                + " not registered, " + comparison.differences().size() + " differing, " + comparison.unmarked().size()
                + " deprecated but not marked");
        section(lines, "Registry codes the table lacks", comparison.missing(), ComparisonReport::describe);
        section(lines, "Table codes the registry does not have", comparison.extra(), ComparisonReport::describe);
        section(lines, "Differences from the registry", comparison.differences(),
                d -> d.code() + " " + d.field() + ": '" + d.table() + "' in the table, '" + d.registry() + "' in the registry");
        section(lines, "Deprecated in the registry, not marked in the table", comparison.unmarked(),
                c -> describe(c) + ": " + c.deprecation().orElse(""));
        return lines;
    }

    private static <T> void section(List<String> lines, String title, List<T> items, Function<T, String> line) {
        if (items.isEmpty()) {
            return;
        }
        lines.add(title + " (" + items.size() + "):");
        items.forEach(item -> lines.add("  " + line.apply(item)));
    }

    private static String describe(StatusCode code) {
        return code.code() + " " + code.reasonPhrase() + code.rfc().stream().mapToObj(rfc -> " (RFC " + rfc + ")")
                .findFirst().orElse("");
    }
}
