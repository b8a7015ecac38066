package io.github.sipstatus.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file under {@code bad-tables/} is a table with mistakes; {@code expected-diagnostics.txt}
 * lists, per file, exactly the {@code file:line:column: message} lines the loader must report, in order.
 * A new check is a new file plus its lines there.
 */
class BadTableCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad-tables");

    @TestFactory
    Stream<DynamicTest> everyBadTableIsReportedExactly() throws IOException {
        Map<String, List<String>> expected = expectations();
        return tables().map(table -> DynamicTest.dynamicTest(table.getFileName().toString(), () -> {
            String name = table.getFileName().toString();
            InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
                    () -> StatusTableLoader.load(name, Files.readAllBytes(table)));
            assertThat(thrown).as("%s must be refused", name).isNotNull();
            assertThat(thrown.diagnostics()).extracting(Diagnostic::toString)
                    .containsExactlyElementsOf(expected.getOrDefault(name, List.of()));
        }));
    }

    @Test
    void everyExpectationHasItsTable() throws IOException {
        List<String> tables = tables().map(p -> p.getFileName().toString()).toList();
        assertThat(tables).hasSizeGreaterThanOrEqualTo(40);
        assertThat(expectations().keySet()).containsExactlyInAnyOrderElementsOf(tables);
    }

    private static Stream<Path> tables() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static Map<String, List<String>> expectations() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expected-diagnostics.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .collect(Collectors.groupingBy(line -> line.substring(0, line.indexOf(".yaml") + 5),
                        TreeMap::new, Collectors.toList()));
    }
}
