package io.github.sipstatus.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sipstatus.bundle.BundleFiles;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.testing.CompiledApi;
import io.github.sipstatus.testing.Tables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Q.850 interworking of both built-in tables, compiled and asked: every row of RFC 3398's two
 * tables that the reference data confirms against the RFC's text, the RFC's defaults, and a table of
 * one's own that overrides them.
 */
class Q850ApiTest {

    private static final Path REFERENCE = Path.of("src/test/resources/reference/rfc3398-q850-sip.tsv");
    private static final Locale NL = Locale.forLanguageTag("nl");

    @TempDir
    Path dir;

    /** One row of the reference data: direction, cause, sip, name, status, source, note. */
    record Row(String direction, String cause, String sip, String status) {}

    static List<Row> confirmedRows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(REFERENCE, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("direction\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            rows.add(new Row(f[0], f[1], f[2], f[4]));
        }
        return rows;
    }

    private CompiledApi compile(StatusTable table, String name) {
        GeneratedTypes types = new GeneratedTypes("com.example.sip");
        return CompiledApi.compile(dir.resolve(name), "com.example.sip", JavaSources.generate(table, types, "t.yaml"),
                BundleFiles.generate(table, types, "t.yaml"));
    }

    @TestFactory
    Stream<DynamicTest> everyConfirmedRowIsAnsweredByBothBuiltInTables() throws IOException {
        List<Row> rows = confirmedRows();
        assertThat(rows).hasSizeGreaterThan(70);
        // 505 -> 127 is marked "differs" only because the RFC misprints the code as a second 504; the rest is confirmed.
        assertThat(rows).filteredOn(r -> r.status().equals("confirmed") || r.sip().equals("505"))
                .hasSizeGreaterThan(70);
        List<DynamicTest> tests = new ArrayList<>();
        for (String tableName : List.of("callvoip", "iana")) {
            tests.add(DynamicTest.dynamicTest(tableName, () -> {
                StatusTable table = tableName.equals("callvoip") ? Tables.defaultTable() : Tables.ianaTable();
                try (CompiledApi api = compile(table, tableName)) {
                    for (Row row : rows) {
                        check(api, row);
                    }
                }
            }));
        }
        return tests.stream();
    }

    private static void check(CompiledApi api, Row row) {
        String what = row.toString();
        if (row.direction().equals("sip->cause") && row.sip().matches("\\d{3}")) {
            Object status = api.callStatic("SipStatus", "valueOf", Integer.parseInt(row.sip()));
            Optional<?> cause = (Optional<?>) api.call(status, "q850Cause");
            if (row.cause().equals("-")) {
                assertThat(cause).as(what).isEmpty();
            } else {
                // "31|65": by Warning header, 31 unless the Warning is about bearer capability.
                int expected = Integer.parseInt(row.cause().split("\\|")[0]);
                assertThat(cause).as(what).isPresent();
                assertThat(api.call(cause.get(), "cause")).as(what).isEqualTo(expected);
            }
        } else if (row.direction().equals("sip->cause") && (row.sip().equals("BYE") || row.sip().equals("CANCEL"))) {
            Optional<?> cause = (Optional<?>) api.callStatic("Q850Cause", "ofClearingRequest", row.sip());
            assertThat(api.call(cause.orElseThrow(), "cause")).as(what).isEqualTo(16);
        } else if (row.direction().equals("sip->cause") && row.sip().equals("other")) {
            // Any code the RFC does not list: 4xx and above get 31 (491 Request Pending is in neither RFC table).
            Object pending = api.callStatic("SipStatus", "valueOf", 491);
            assertThat(api.call(((Optional<?>) api.call(pending, "q850Cause")).orElseThrow(), "cause")).isEqualTo(31);
        } else if (row.direction().equals("cause->sip") && row.cause().matches("\\d+")) {
            Optional<?> status = (Optional<?>) api.callStatic("Q850Cause", "toSipStatus", Integer.parseInt(row.cause()));
            if (row.sip().equals("-")) {
                assertThat(status).as(what).isEmpty();
            } else if (row.sip().equals("301")) {
                // 22 with a diagnostic: 301 and a Contact, which a table of one number per cause cannot say; 410 is the rule.
                assertThat(api.call(status.orElseThrow(), "code")).as(what).isEqualTo(410);
            } else {
                assertThat(status).as(what).isPresent();
                assertThat(api.call(status.get(), "code")).as(what).isEqualTo(Integer.parseInt(row.sip()));
            }
        } else if (row.direction().equals("cause->sip") && row.cause().equals("other")) {
            Optional<?> status = (Optional<?>) api.callStatic("Q850Cause", "toSipStatus", 99);
            assertThat(api.call(status.orElseThrow(), "code")).as(what).isEqualTo(500);
        } else if (!row.sip().equals("3xx")) { // 3xx -> 23 is a MAY of §8.2.5, not a mapping
            throw new AssertionError("a reference row this test does not know how to check: " + row);
        }
    }

    @Test
    void theGeneratedCausesCarryTheirTextsAndDefaults() throws Exception {
        try (CompiledApi api = compile(Tables.defaultTable(), "texts")) {
            Object busy = api.callStatic("Q850Cause", "valueOf", 17);
            assertThat(((Enum<?>) busy).name()).isEqualTo("USER_BUSY");
            assertThat(api.call(busy, "text")).isEqualTo("User busy");
            assertThat(api.call(busy, "message", NL)).isEqualTo("Gebruiker in gesprek");
            assertThat(api.call(busy, "message", Locale.FRENCH)).isEqualTo("User busy");
            assertThat(api.call(busy, "sipStatus")).isEqualTo(Optional.of(api.constant("SipStatus", "BUSY_HERE")));
            assertThat(api.callStatic("Q850Cause", "of", 99)).isEqualTo(Optional.empty());
            assertThat(api.callStatic("Q850Cause", "toSipStatus", 0)).isEqualTo(Optional.empty());
            assertThat(api.callStatic("Q850Cause", "toSipStatus", 16)).isEqualTo(Optional.empty());
            assertThat(api.callStatic("Q850Cause", "toSipStatus", 44)).isEqualTo(Optional.empty());
            assertThatThrownBy(() -> api.callStatic("Q850Cause", "toSipStatus", 128))
                    .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("not a Q.850 cause value (0..127): 128");
            assertThatThrownBy(() -> api.callStatic("Q850Cause", "valueOf", 99))
                    .isExactlyInstanceOf(IllegalArgumentException.class);
            assertThat(api.callStatic("Q850Cause", "ofClearingRequest", "bye")).isEqualTo(Optional.empty());
            assertThat(api.callStatic("Q850Cause", "ofClearingRequest", "INVITE")).isEqualTo(Optional.empty());

            for (int code : new int[] {100, 180, 200, 302}) {
                Object status = api.callStatic("SipStatus", "valueOf", code);
                assertThat(api.call(status, "q850Cause")).as("%d", code).isEqualTo(Optional.empty());
                assertThat(api.call(status, "q850Location")).as("%d", code).isEqualTo(Optional.empty());
            }
            Object location = api.type("Q850Cause$Location").getEnumConstants()[0];
            assertThat(api.call(api.constant("SipStatus", "BUSY_EVERYWHERE"), "q850Location")).isEqualTo(Optional.of(location));
            assertThat(((Optional<?>) api.call(api.constant("SipStatus", "BUSY_HERE"), "q850Location")).orElseThrow())
                    .hasToString("NETWORK");
            assertThat(api.call(api.constant("SipStatus", "REQUEST_TERMINATED"), "q850Location")).isEqualTo(Optional.empty());
        }
    }

    @Test
    void aReasonHeaderFromTheWireMeetsTheTablesCauses() throws Exception {
        try (CompiledApi api = compile(Tables.defaultTable(), "reason")) {
            List<?> reasons = (List<?>) api.callStatic("SipReason", "parseHeader",
                    "Reason: Q.850;cause=17;text=\"User busy\", SIP;cause=486");
            Object q850 = reasons.get(0);
            Object busy = api.callStatic("Q850Cause", "valueOf", 17);
            assertThat(api.call(q850, "q850Cause")).isEqualTo(Optional.of(busy));
            assertThat(api.call(reasons.get(1), "q850Cause")).isEqualTo(Optional.empty());
            assertThat(api.callStatic("SipReason", "of", busy)).isEqualTo(q850).hasToString("Q.850;cause=17;text=\"User busy\"");
            Object unlisted = ((List<?>) api.callStatic("SipReason", "parseHeader", "Q.850;cause=99")).get(0);
            assertThat(api.call(unlisted, "q850Cause")).isEqualTo(Optional.empty());
        }
    }

    @Test
    void aTableOfOnesOwnOverridesTheMappingBothWays() throws Exception {
        // A PBX that answers cause 17 with 600 and reports 486 as 21, as some carriers want.
        StatusTable table = Tables.load(Tables.minimal("""
                  - code: 486
                    reason: Busy Here
                    q850: 21
                    message: {en: Busy, nl: Bezet}
                """).replace("codes:\n", """
                causes:
                  - {cause: 16, name: Normal call clearing, message: {en: Cleared, nl: Beëindigd}}
                  - {cause: 17, name: User busy, sip: 600, message: {en: Busy, nl: Bezet}}
                  - {cause: 21, name: Call rejected, sip: 400, message: {en: Rejected, nl: Geweigerd}}
                  - {cause: 31, name: "Normal, unspecified", sip: 500, message: {en: Normal, nl: Normaal}}
                codes:
                """));
        try (CompiledApi api = compile(table, "own")) {
            Object busyHere = api.callStatic("SipStatus", "valueOf", 486);
            assertThat(api.call(((Optional<?>) api.call(busyHere, "q850Cause")).orElseThrow(), "cause")).isEqualTo(21);
            Object userBusy = api.callStatic("Q850Cause", "valueOf", 17);
            assertThat(api.call(((Optional<?>) api.call(userBusy, "sipStatus")).orElseThrow(), "code")).isEqualTo(600);
            // The RFC's default for a cause the table does not list still holds.
            assertThat(api.call(((Optional<?>) api.callStatic("Q850Cause", "toSipStatus", 34)).orElseThrow(), "code"))
                    .isEqualTo(500);
        }
    }

    @Test
    void aTableWithoutCausesGeneratesNoQ850Api() {
        StatusTable table = Tables.load(Tables.minimal(""));
        List<String> files = new ArrayList<>();
        JavaSources.generate(table, new GeneratedTypes("com.example.sip"), "t.yaml").forEach(f -> files.add(f.relativePath()));
        assertThat(files).noneMatch(f -> f.endsWith("Q850Cause.java"));
        String status = new String(JavaSources.generate(table, new GeneratedTypes("com.example.sip"), "t.yaml").get(0).content(),
                StandardCharsets.US_ASCII);
        assertThat(status).doesNotContain("q850");
    }
}
