package io.github.sipstatus.generation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.testing.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * The project's table, damaged at random the ways hand edits damage files (a line deleted or doubled,
 * a value retyped, bytes garbled, the file cut short): the goal either generates or reports problems,
 * each at a line and column of the table. Never an exception of any other kind.
 */
class MutatedTablePropertyTest {

    private static final List<String> LINES = List.of(
            new String(Tables.defaultTableBytes(), StandardCharsets.UTF_8).split("\n", -1));

    /** Values a person might type where another was expected. */
    private static final List<String> RETYPES = List.of("abc", "48.6", "no", "yes", "~", "[]", "{}", "0755", "1_000",
            "!!java.lang.ProcessBuilder [x]", "&a x", "*a", "\"\"", "'unterminated", "-1", "99999999999", "\t", "[en, en]",
            "{en: x}", "{: }", "true", "\"\\u0000\"", "|\n  block", "BUSY_HERE", "class");

    @Property(tries = 400)
    void everyOutcomeIsGeneratedFilesOrPositionedProblems(@ForAll("damagedTables") byte[] table) throws IOException {
        Path dir = Files.createTempDirectory("mutated");
        try {
            Path source = Files.write(dir.resolve("table.yaml"), table);
            GenerationRequest request = GenerationRequest.of(Optional.of(source), "org.mutated.sip",
                    dir.resolve("java"), dir.resolve("resources"));
            try {
                GenerationResult result = SipStatusGenerator.generate(request);
                assertThat(result.files().written()).isPositive();
            } catch (InvalidInputException e) {
                assertThat(e.diagnostics()).isNotEmpty().allSatisfy(problem -> positionedIn(problem, source));
                assertThat(dir.resolve("java")).doesNotExist();
            }
        } finally {
            delete(dir);
        }
    }

    private static void positionedIn(Diagnostic problem, Path source) {
        assertThat(problem.file()).isEqualTo(source.toString());
        assertThat(problem.line()).as(problem.toString()).isPositive();
        assertThat(problem.column()).as(problem.toString()).isPositive();
    }

    @Provide
    Arbitrary<byte[]> damagedTables() {
        Arbitrary<Integer> line = Arbitraries.integers().between(0, LINES.size() - 1);
        Arbitrary<byte[]> deleteLine = line.map(i -> join(without(i)));
        Arbitrary<byte[]> duplicateLine = line.map(i -> join(with(i, LINES.get(i))));
        Arbitrary<byte[]> retype = Combinators.combine(line, Arbitraries.of(RETYPES)).as(MutatedTablePropertyTest::retype);
        Arbitrary<byte[]> garble = Combinators.combine(Arbitraries.integers().between(0, Tables.defaultTableBytes().length - 1),
                Arbitraries.bytes()).as(MutatedTablePropertyTest::garble);
        Arbitrary<byte[]> truncate = Arbitraries.integers().between(0, Tables.defaultTableBytes().length)
                .map(n -> Arrays.copyOf(Tables.defaultTableBytes(), n));
        // Now and then two mistakes at once, as real edits make them: a value retyped and a line lost.
        Arbitrary<byte[]> twoMistakes = Combinators.combine(line, Arbitraries.of(RETYPES), line)
                .as((i, value, j) -> {
                    List<String> lines = new ArrayList<>(List.of(new String(retype(i, value), StandardCharsets.UTF_8).split("\n", -1)));
                    lines.remove(Math.min(j, lines.size() - 1));
                    return join(lines);
                });
        return Arbitraries.oneOf(deleteLine, duplicateLine, retype, garble, truncate, twoMistakes);
    }

    private static byte[] retype(int lineIndex, String value) {
        String original = LINES.get(lineIndex);
        int colon = original.indexOf(": ");
        String changed = colon < 0 ? value : original.substring(0, colon + 2) + value;
        List<String> lines = new ArrayList<>(LINES);
        lines.set(lineIndex, changed);
        return join(lines);
    }

    private static byte[] garble(int index, byte value) {
        byte[] bytes = Tables.defaultTableBytes();
        bytes[index] = value;
        return bytes;
    }

    private static List<String> without(int index) {
        List<String> lines = new ArrayList<>(LINES);
        lines.remove(index);
        return lines;
    }

    private static List<String> with(int index, String line) {
        List<String> lines = new ArrayList<>(LINES);
        lines.add(index, line);
        return lines;
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
