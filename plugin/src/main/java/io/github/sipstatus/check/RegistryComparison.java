package io.github.sipstatus.check;

import io.github.sipstatus.model.StatusCode;
import io.github.sipstatus.model.StatusTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a table stands against the registry, code by code.
 *
 * @param missing      registry codes the table lacks
 * @param extra        table codes the registry does not have (a vendor's own, or a typo)
 * @param differences  codes in both whose reason phrase or RFC differ
 * @param unmarked     codes the registry deprecates and the table does not mark deprecated
 * @param common       how many codes are in both
 */
public record RegistryComparison(
        List<StatusCode> missing,
        List<StatusCode> extra,
        List<Difference> differences,
        List<StatusCode> unmarked,
        int common) {

    /**
     * One way a code of the table differs from the registry.
     *
     * @param code     the code
     * @param field    {@code reason} or {@code rfc}
     * @param table    the table's value
     * @param registry the registry's value
     */
    public record Difference(int code, String field, String table, String registry) {}

    /**
     * Compares a table with the registry, code by code, in the registry's order.
     *
     * @param table    the table to check
     * @param registry the IANA registry, as the built-in {@code iana} table
     * @return what the comparison found
     */
    public static RegistryComparison compare(StatusTable table, StatusTable registry) {
        List<StatusCode> missing = new ArrayList<>();
        List<Difference> differences = new ArrayList<>();
        List<StatusCode> unmarked = new ArrayList<>();
        int common = 0;
        for (StatusCode expected : registry.codes()) {
            Optional<StatusCode> found = table.code(expected.code());
            if (found.isEmpty()) {
                missing.add(expected);
                continue;
            }
            common++;
            StatusCode actual = found.get();
            if (!actual.reasonPhrase().equals(expected.reasonPhrase())) {
                differences.add(new Difference(expected.code(), "reason", actual.reasonPhrase(), expected.reasonPhrase()));
            }
            // A table that names no RFC says nothing wrong; one that names another RFC does.
            if (actual.rfc().isPresent() && !actual.rfc().equals(expected.rfc())) {
                differences.add(new Difference(expected.code(), "rfc", rfc(actual.rfc()), rfc(expected.rfc())));
            }
            if (expected.deprecation().isPresent() && actual.deprecation().isEmpty()) {
                unmarked.add(expected);
            }
        }
        List<StatusCode> extra = new ArrayList<>();
        for (StatusCode code : table.codes()) {
            if (registry.code(code.code()).isEmpty()) {
                extra.add(code);
            }
        }
        return new RegistryComparison(missing, List.copyOf(extra), differences, unmarked, common);
    }

    /**
     * Whether the table says something wrongly, as opposed to leaving something out.
     *
     * @return whether a reason phrase or RFC differs, or a deprecation is not marked
     */
    public boolean hasMismatches() {
        return !differences.isEmpty() || !unmarked.isEmpty();
    }

    private static String rfc(OptionalInt rfc) {
        return rfc.isPresent() ? "RFC " + rfc.getAsInt() : "none";
    }
}
