package io.github.sipstatus.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sipstatus.model.StatusCode;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.testing.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The two built-in tables, held to the registry as we established it
 * ({@code src/test/resources/reference/iana-sip-response-codes.tsv}, a copy of the team's reference)
 * and to each other.
 */
class BuiltInTablesTest {

    private static final Path REFERENCE = Path.of("src/test/resources/reference/iana-sip-response-codes.tsv");

    private record Row(int code, String reason, int rfc) {}

    private static List<Row> reference() throws IOException {
        List<String> lines = Files.readAllLines(REFERENCE);
        return lines.subList(1, lines.size()).stream()
                .map(line -> line.split("\t"))
                .map(c -> new Row(Integer.parseInt(c[0]), c[1], Integer.parseInt(c[2].substring("RFC".length()))))
                .toList();
    }

    @Test
    void theIanaTableIsTheWholeRegistry() throws IOException {
        StatusTable iana = Tables.ianaTable();
        List<Row> registry = reference();

        assertThat(iana.codes()).extracting(StatusCode::code).containsExactlyElementsOf(registry.stream().map(Row::code).toList());
        assertThat(iana.codes()).hasSize(75);
        for (Row row : registry) {
            StatusCode code = iana.code(row.code()).orElseThrow();
            // The registry lists 202 as "Accepted (Deprecated)"; the wire phrase is "Accepted", marked deprecated.
            String expected = row.code() == 202 ? "Accepted" : row.reason();
            assertThat(code.reasonPhrase()).as("%d", row.code()).isEqualTo(expected);
            assertThat(code.rfc()).as("%d", row.code()).isEqualTo(OptionalInt.of(row.rfc()));
            assertThat(code.hint()).as("%d has a hint", row.code()).isPresent();
        }
        assertThat(iana.codes().stream().filter(c -> c.deprecation().isPresent()).map(StatusCode::code)).containsExactly(202);
    }

    @Test
    void everyCodeInBothTablesHasTheSamePhraseAndRfc() {
        StatusTable callvoip = Tables.defaultTable();
        StatusTable iana = Tables.ianaTable();
        int compared = 0;
        for (StatusCode code : callvoip.codes()) {
            Optional<StatusCode> registered = iana.code(code.code());
            assertThat(registered).as("%d is registered", code.code()).isPresent();
            assertThat(code.reasonPhrase()).as("%d", code.code()).isEqualTo(registered.get().reasonPhrase());
            assertThat(code.rfc()).as("%d", code.code()).isEqualTo(registered.get().rfc());
            assertThat(code.constantName()).as("%d", code.code()).isEqualTo(registered.get().constantName());
            compared++;
        }
        assertThat(compared).isEqualTo(51);
    }

    @Test
    void theDefaultTableLacksExactlyTheCodesRegisteredSinceRfc3261ButOne() {
        RegistryComparison comparison = RegistryComparison.compare(Tables.defaultTable(), Tables.ianaTable());

        // 25 codes were registered after RFC 3261; the Callvoip table has one of them, 422.
        assertThat(comparison.missing()).extracting(StatusCode::code).containsExactly(
                199, 202, 204, 412, 417, 424, 425, 428, 429, 430, 433, 436, 437, 438, 439, 440, 469, 470, 489, 494,
                555, 580, 607, 608);
        assertThat(comparison.extra()).isEmpty();
        assertThat(comparison.differences()).isEmpty();
        assertThat(comparison.unmarked()).isEmpty();
        assertThat(IntStream.of(100, 180, 181, 182, 183)).allMatch(c -> Tables.ianaTable().code(c).isPresent());
    }
}
