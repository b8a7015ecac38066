package io.github.sipstatus.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.model.StatusCode;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.testing.Tables;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StatusTableLoaderTest {

    private static final Locale NL = Locale.forLanguageTag("nl");

    @Test
    void theDefaultTableHas51CodesInSixClasses() {
        StatusTable table = Tables.defaultTable();

        assertThat(table.codes()).hasSize(51);
        assertThat(table.categories()).hasSize(6);
        assertThat(table.locales()).containsExactly(Locale.ENGLISH, NL);
        assertThat(table.name()).contains("Callvoip SIP status codes");
        assertThat(table.codes()).extracting(StatusCode::code).isSorted();
    }

    @Test
    void theDefaultTableKeepsRfcPhrasesAndTheSourceWording() {
        StatusTable table = Tables.defaultTable();
        // reason is the RFC's phrase; the English message keeps what the Callvoip table said.
        assertThat(reason(table, 408)).isEqualTo("Request Timeout");
        assertThat(table.code(408).orElseThrow().message().in(Locale.ENGLISH)).isEqualTo("Request Timed Out");
        assertThat(reason(table, 422)).isEqualTo("Session Interval Too Small");
        assertThat(table.code(422).orElseThrow().rfc()).isEqualTo(OptionalInt.of(4028));
        assertThat(table.code(422).orElseThrow().message().in(Locale.ENGLISH)).isEqualTo("SessionTimerTooSmall");
        assertThat(table.code(606).orElseThrow().constantName()).isEqualTo("NOT_ACCEPTABLE_ANYWHERE");
        assertThat(table.code(406).orElseThrow().constantName()).isEqualTo("NOT_ACCEPTABLE");
        assertThat(table.code(486).orElseThrow().hint().orElseThrow().in(NL))
                .isEqualTo("apparatuur gebelde partij in gesprek");
    }

    /**
     * The same table in another layout (a document marker, block styles, a literal text, a
     * multi-line flow map): layout is YAML's business, and the model is the same.
     */
    @Test
    void theLayoutOfATableDoesNotChangeItsModel() throws InvalidInputException {
        String usual = new String(Tables.defaultTableBytes(), StandardCharsets.UTF_8);
        String other = "---\n" + usual
                .replace("    message: {en: \"Ringing\", nl: \"Gaat over\"}",
                        "    message:\n      en: Ringing\n      nl: |-\n        Gaat over")
                .replace("    message: {en: \"Trying\", nl: \"Bezig met verbinden\"}",
                        "    message: {en: \"Trying\",\n        nl: \"Bezig met verbinden\"}");
        assertThat(other).contains("nl: |-", "\"Trying\",\n");

        StatusTable relaidOut = StatusTableLoader.load("other.yaml", other.getBytes(StandardCharsets.UTF_8));

        assertThat(relaidOut).isEqualTo(Tables.defaultTable());
    }

    @Test
    void optionalFieldsAreRead() {
        StatusTable table = Tables.load(Tables.minimal("""
                  - code: 489
                    reason: Bad Event
                    constant: BAD_EVENT_PACKAGE
                    rfc: 6665
                    deprecated: "use 400"
                    message: {en: Bad event, nl: Onbekend event}
                    hint: {nl: "Controleer het event", en: "Check the event"}
                """));
        StatusCode code = table.code(489).orElseThrow();

        assertThat(code.constantName()).isEqualTo("BAD_EVENT_PACKAGE");
        assertThat(code.rfc()).isEqualTo(OptionalInt.of(6665));
        assertThat(code.deprecation()).contains("use 400");
        // Texts follow the table's locale order, not the order written in the file.
        assertThat(code.hint().orElseThrow().texts().keySet()).containsExactly(Locale.ENGLISH, NL);
    }

    @Test
    void codesMayBeInAnyOrderAndComeOutSorted() {
        StatusTable table = Tables.load(Tables.minimal("  - {code: 101, reason: Early, message: {en: E, nl: E}}\n"));
        assertThat(table.codes()).extracting(StatusCode::code).containsExactly(101, 183, 200, 300, 400, 500, 600);
    }

    @Test
    void byteOrderMarkIsAccepted() throws Exception {
        byte[] yaml = ("\uFEFF" + Tables.minimal("")).getBytes(StandardCharsets.UTF_8);
        assertThat(StatusTableLoader.load("bom.yaml", yaml).codes()).hasSize(6);
    }

    @Test
    void filesOverOneMebibyteAreRefusedBeforeParsing() {
        byte[] huge = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertThatThrownBy(() -> StatusTableLoader.load("huge.yaml", huge))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("huge.yaml:1:1: the file has 1048577 bytes; a table may have at most 1048576 (1 MiB)");
    }

    @Test
    void aBillionLaughsIsRefusedAtItsFirstAlias() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        assertThatThrownBy(() -> StatusTableLoader.load("laughs.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("laughs.yaml:2:10: alias *a0: anchors and aliases (&name, *name) are not supported;"
                        + " write the value out where it is used (anchor &a0 is at line 1)");
    }

    @Test
    void nestingIsRefusedWhereItCrossesTheLimit() {
        String deep = "[".repeat(100) + "x" + "]".repeat(100);
        String yaml = Tables.minimal("").replace("schema: 1\n", "schema: 1\nextra: " + deep + "\n");
        assertThat(yaml).contains("extra: [[[");
        int line = 1 + (int) yaml.substring(0, yaml.indexOf("extra:")).chars().filter(c -> c == '\n').count();

        // The root mapping is level 1, so the 16th bracket is the 17th level: column 8 + 15.
        assertThatThrownBy(() -> StatusTableLoader.load("deep.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("deep.yaml:" + line + ":23: nested deeper than a table ever needs"
                        + " (more than 16 levels; a table uses four)");
    }

    private static String reason(StatusTable table, int code) {
        return table.code(code).orElseThrow().reasonPhrase();
    }
}
