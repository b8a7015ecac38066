package io.github.sipstatus.check;

import io.github.sipstatus.model.StatusCode;
import java.util.ArrayList;
import java.util.List;

/** The comparison as lines a person reads in a build log. */
public final class ComparisonReport {

    private ComparisonReport() {}

    /**
     * A summary line, then a titled section for each kind of finding there is.
     *
     * @param comparison   what the comparison found
     * @param tableName    how the summary names the table
     * @param registrySize how many codes the registry has
     * @return the lines, without log levels
     */
    public static List<String> lines(RegistryComparison comparison, String tableName, int registrySize) {
        List<String> lines = new ArrayList<>();
        lines.add(tableName + " against the IANA registry (" + registrySize + " codes): " + comparison.common()
                + " in both, " + comparison.missing().size() + " missing, " + comparison.extra().size()
                + " not registered, " + comparison.differences().size() + " differing, " + comparison.unmarked().size()
                + " deprecated but not marked");
        section(lines, "Registry codes the table lacks", describeAll(comparison.missing()));
        section(lines, "Table codes the registry does not have", describeAll(comparison.extra()));
        List<String> differences = new ArrayList<>();
        for (RegistryComparison.Difference d : comparison.differences()) {
            differences.add(d.code() + " " + d.field() + ": '" + d.table() + "' in the table, '" + d.registry()
                    + "' in the registry");
        }
        section(lines, "Differences from the registry", differences);
        List<String> unmarked = new ArrayList<>();
        for (StatusCode code : comparison.unmarked()) {
            unmarked.add(describe(code) + ": " + code.deprecation().orElse(""));
        }
        section(lines, "Deprecated in the registry, not marked in the table", unmarked);
        return lines;
    }

    /** A titled, indented list of items; nothing when there are none. */
    private static void section(List<String> lines, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        lines.add(title + " (" + items.size() + "):");
        for (String item : items) {
            lines.add("  " + item);
        }
    }

    private static List<String> describeAll(List<StatusCode> codes) {
        List<String> described = new ArrayList<>();
        for (StatusCode code : codes) {
            described.add(describe(code));
        }
        return described;
    }

    private static String describe(StatusCode code) {
        String rfc = code.rfc().isPresent() ? " (RFC " + code.rfc().getAsInt() + ")" : "";
        return code.code() + " " + code.reasonPhrase() + rfc;
    }
}
