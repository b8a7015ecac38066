package io.github.sipstatus.generation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sipstatus.codegen.AttributesApiTest;
import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.testing.CompiledApi;
import io.github.sipstatus.testing.LineEdits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * A table with attributes of every kind, its declarations and values retyped, deleted and doubled at
 * random as hand edits do: the goal either generates or reports problems at a line and column of the
 * table, never an exception of another kind, and never an attribute problem without a position; and
 * what it generates compiles with {@code --release 8 -Xlint:all -Werror}.
 */
class MutatedAttributesPropertyTest {

    private static final List<String> LINES = List.of(AttributesApiTest.TABLE.split("\n", -1));

    /** What a person might write for a declaration or a value of an attribute. */
    private static final List<String> RETYPES = List.of("true", "True", "FALSE", "on", "yes", "\"true\"", "1", "-1",
            "0x1F", "-2147483649", "2147483647", "3.5", "BUSY", "busy", "FAILED", "~", "[]", "{}", "[BUSY, BUSY]",
            "{type: enum}", "{type: enum, values: [A], default: B}", "{type: boolean, optional: true}",
            "{type: integer, default: 1, optional: true}", "{type: string, default: \"\"}", "{type: bool}",
            "{retryable: true, retryable: false}", "{outcome: BUSY, alarmLevel: 2}", "{nope: 1}", "enum", "boolean",
            "[LOW, low]", "{type: enum, values: [A, B]}", "code", "\"multi\\nline\"");

    /** The attributes the table declares. */
    private static final List<String> DECLARED = List.of("retryable", "outcome", "alarmLevel", "dashboard", "label",
            "severity", "tier");

    /** Names an attribute might be given: contextual keywords, serialization's hooks, members, one-letter ones. */
    private static final List<String> NAMES = List.of("oK", "x", "aB", "readResolve", "writeReplace", "serialVersionUID",
            "yield", "record", "var", "sealed", "optional", "location", "string", "sipStatus", "values", "enum",
            "isBusy", "q850x", "retryAfter", "outcome2", "dashboard");

    @Property(tries = 200)
    @StatisticsReport(onFailureOnly = true)
    void everyOutcomeIsGeneratedFilesOrPositionedProblems(@ForAll("editedTables") String table) throws IOException {
        Path dir = Files.createTempDirectory("attributes");
        try {
            Path source = Files.writeString(dir.resolve("table.yaml"), table, StandardCharsets.UTF_8);
            GenerationRequest request = GenerationRequest.of(Optional.of(source), "org.mutated.sip",
                    dir.resolve("java"), dir.resolve("resources"));
            try {
                assertThat(SipStatusGenerator.generate(request).files().written()).isPositive();
                // What the goal accepts compiles as a consumer compiles it, without a warning.
                try (Stream<Path> sources = Files.walk(dir.resolve("java"))) {
                    CompiledApi.compileJava(sources.filter(p -> p.toString().endsWith(".java")).toList(),
                            Files.createDirectories(dir.resolve("classes")), "8");
                }
                Statistics.collect("generated");
            } catch (InvalidInputException e) {
                assertThat(e.diagnostics()).isNotEmpty().allSatisfy(problem -> positionedIn(problem, source));
                assertThat(dir.resolve("java")).doesNotExist();
                Statistics.collect("refused");
            }
        } finally {
            // Both outcomes are common, or the edits test nothing: most mistakes are refused, some edits are harmless.
            Statistics.coverage(coverage -> {
                coverage.check("generated").percentage(p -> p > 2);
                coverage.check("refused").percentage(p -> p > 30);
            });
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void positionedIn(Diagnostic problem, Path source) {
        assertThat(problem.file()).isEqualTo(source.toString());
        assertThat(problem.line()).as(problem.toString()).isPositive();
        assertThat(problem.column()).as(problem.toString()).isPositive();
    }

    @Provide
    Arbitrary<String> editedTables() {
        Arbitrary<Integer> line = Arbitraries.integers().between(0, LINES.size() - 1);
        Arbitrary<String> retype = Combinators.combine(line, Arbitraries.of(RETYPES)).as(MutatedAttributesPropertyTest::retype);
        // A value inside a flow mapping of attributes: {retryable: true, ...} with one value replaced.
        Arbitrary<String> retypeValue = Combinators.combine(line, Arbitraries.of(RETYPES), Arbitraries.integers().between(0, 6))
                .as(MutatedAttributesPropertyTest::retypeFlowValue);
        Arbitrary<String> deleteLine = LineEdits.deleteOneLine(LINES);
        Arbitrary<String> duplicateLine = LineEdits.duplicateOneLine(LINES);
        // An attribute renamed, in its declaration and in every value: names that are free, and ones that are not.
        Arbitrary<String> rename = Combinators.combine(Arbitraries.of(DECLARED), Arbitraries.of(NAMES))
                .as((name, replacement) -> AttributesApiTest.TABLE.replaceAll("\\b" + name + ":", replacement + ":"));
        return Arbitraries.frequencyOf(Tuple.of(2, retype), Tuple.of(2, retypeValue), Tuple.of(1, deleteLine),
                Tuple.of(1, duplicateLine), Tuple.of(4, rename));
    }

    private static String retype(int lineIndex, String value) {
        String original = LINES.get(lineIndex);
        int colon = original.indexOf(": ");
        List<String> lines = new ArrayList<>(LINES);
        lines.set(lineIndex, colon < 0 ? original + value : original.substring(0, colon + 2) + value);
        return String.join("\n", lines);
    }

    private static String retypeFlowValue(int lineIndex, String value, int which) {
        String original = LINES.get(lineIndex);
        int braces = original.indexOf("attributes: {");
        if (braces < 0) {
            return retype(lineIndex, value);
        }
        String[] values = original.substring(braces + "attributes: {".length(), original.lastIndexOf('}')).split(", ");
        String[] pair = values[which % values.length].split(": ", 2);
        values[which % values.length] = pair[0] + ": " + value;
        List<String> lines = new ArrayList<>(LINES);
        lines.set(lineIndex, original.substring(0, braces) + "attributes: {" + String.join(", ", values) + "}");
        return String.join("\n", lines);
    }
}
