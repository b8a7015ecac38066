package io.github.sipstatus.generation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.testing.LineEdits;
import io.github.sipstatus.yaml.StatusTableLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A table that extends iana, damaged at random as hand edits damage files: the merge with the base
 * either gives a model (whose constructor checks every invariant of a table, so a merge that let a
 * clash through would throw here) or problems, each at a line and column of the user's file, never of
 * the base's. Parsing only (each try reads the base too), so that it stays a few seconds.
 */
class MutatedExtendingTablePropertyTest {

    private static final List<String> LINES = List.of("""
            schema: 1
            extends: iana
            name: ACME carrier codes
            categories:
              - {class: 4, title: {en: Your side}}
            codes:
              - code: 478
                reason: Unresolvable destination
                message: {en: Destination cannot be resolved, nl: Bestemming niet te herleiden}
              - code: 486
                hint: {en: "Retry in 2 minutes.", nl: "Over 2 minuten opnieuw."}
              - code: 480
                reason: Away
                constant: AWAY
                rfc: 3261
                deprecated: "use 486"
              - {code: 202, deprecated: false}
              - {code: 479, reason: Carrier Busy, constant: CARRIER_BUSY, message: {en: Busy, nl: Bezet}}
            """.split("\n", -1));

    private static final List<String> RETYPES = List.of("abc", "no", "~", "[]", "{}", "0755", "\"\"", "true", "false",
            "BUSY_HERE", "BUSY_EVERYWHERE", "AWAY", "iana", "callvoip", "acme", "../codes.yaml", "[de]", "[en]",
            "{de: x}", "{en: x}", "486", "478", "\"a\\nb\"", "class");

    @Property(tries = 120)
    void everyOutcomeIsAModelOrProblemsInTheUsersFile(@ForAll("damagedTables") String table) {
        try {
            assertThat(StatusTableLoader.load("acme.yaml", table.getBytes(StandardCharsets.UTF_8)).codes()).isNotEmpty();
        } catch (InvalidInputException e) {
            assertThat(e.diagnostics()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.file()).isEqualTo("acme.yaml");
                assertThat(problem.line()).as(problem.toString()).isPositive();
                assertThat(problem.column()).as(problem.toString()).isPositive();
            });
        }
    }

    @Provide
    Arbitrary<String> damagedTables() {
        Arbitrary<Integer> line = Arbitraries.integers().between(0, LINES.size() - 1);
        Arbitrary<String> deleteLine = LineEdits.deleteOneLine(LINES);
        Arbitrary<String> duplicateLine = LineEdits.duplicateOneLine(LINES);
        Arbitrary<String> retype = Combinators.combine(line, Arbitraries.of(RETYPES)).as((i, value) -> {
            String original = LINES.get(i);
            int colon = original.indexOf(": ");
            List<String> lines = new ArrayList<>(LINES);
            lines.set(i, colon < 0 ? value : original.substring(0, colon + 2) + value);
            return String.join("\n", lines);
        });
        return Arbitraries.oneOf(deleteLine, duplicateLine, retype);
    }
}
