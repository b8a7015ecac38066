package io.github.sipstatus.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.input.BuiltInTable;
import io.github.sipstatus.model.MissingTranslations;
import io.github.sipstatus.model.Q850Cause;
import io.github.sipstatus.model.Q850Interworking;
import io.github.sipstatus.model.ResponseClass;
import io.github.sipstatus.model.StatusCode;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.testing.Tables;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A table that {@code extends} a built-in one: what it inherits, what its entries change, and what
 * it adds. The mistakes it can make are in the bad-table corpus, with their exact messages.
 */
class ExtendsTest {

    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final Locale DE = Locale.forLanguageTag("de");

    private static StatusTable load(String yaml) {
        try {
            return StatusTableLoader.load("acme.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            throw new AssertionError(e.diagnostics().toString(), e);
        }
    }

    private static LoadedTable loadWarning(String yaml) throws InvalidInputException {
        return StatusTableLoader.load(new TableSource("acme.yaml", yaml.getBytes(StandardCharsets.UTF_8)), List.of(),
                Optional.empty(), MissingTranslations.WARN);
    }

    private static List<String> problems(String yaml) {
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
                () -> StatusTableLoader.load("acme.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(thrown).as("the table must be refused").isNotNull();
        return thrown.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aTableThatOnlyExtendsIsItsBase() {
        assertThat(load("schema: 1\nextends: iana\n")).isEqualTo(Tables.ianaTable());
        assertThat(load("schema: 1\nextends: callvoip\n")).isEqualTo(Tables.defaultTable());
        // Every example commented out: the keys are there with nothing after them.
        assertThat(load("schema: 1\nextends: callvoip\nlocales:\ncategories:\ncodes:\n  # - code: 478\n"))
                .isEqualTo(Tables.defaultTable());
        assertThat(load("schema: 1\nextends: callvoip\nlocales: []\ncategories: []\ncodes: []\n"))
                .isEqualTo(Tables.defaultTable());
    }

    @Test
    void theBaseIsNamedSoThatTheBuildCanRecordIt() throws InvalidInputException {
        assertThat(loadWarning("schema: 1\nextends: iana\n").base()).contains(BuiltInTable.IANA);
        assertThat(loadWarning(Tables.minimal("")).base()).isEmpty();
    }

    @Test
    void aNewCodeIsAddedAndEveryInheritedCodeStaysAsItWas() {
        StatusTable table = load("""
                schema: 1
                extends: iana
                name: ACME carrier codes
                codes:
                  - code: 478
                    reason: Unresolvable destination
                    message: {en: Destination cannot be resolved, nl: Bestemming niet te herleiden}
                """);
        StatusTable iana = Tables.ianaTable();

        assertThat(table.codes()).hasSize(iana.codes().size() + 1);
        StatusCode added = table.code(478).orElseThrow();
        assertThat(added.constantName()).isEqualTo("UNRESOLVABLE_DESTINATION");
        assertThat(added.message().in(NL)).isEqualTo("Bestemming niet te herleiden");
        assertThat(added.hint()).isEmpty();
        assertThat(added.rfc()).isEmpty();
        List<StatusCode> inherited = new ArrayList<>(table.codes());
        inherited.remove(added);
        assertThat(inherited).containsExactlyElementsOf(iana.codes());
        assertThat(table.categories()).isEqualTo(iana.categories());
        assertThat(table.locales()).isEqualTo(iana.locales());
        assertThat(table.name()).contains("ACME carrier codes");
        assertThat(table.provenance()).isEqualTo(iana.provenance());
    }

    @Test
    void aChangeReplacesJustTheTextsItGivesLocaleByLocale() {
        StatusTable table = load("""
                schema: 1
                extends: iana
                codes:
                  - code: 486
                    hint: {nl: "De klant belt al; het callcenter probeert het over 2 minuten opnieuw."}
                """);
        StatusCode base = Tables.ianaTable().code(486).orElseThrow();
        StatusCode changed = table.code(486).orElseThrow();

        assertThat(changed.hint().orElseThrow().in(NL))
                .isEqualTo("De klant belt al; het callcenter probeert het over 2 minuten opnieuw.");
        assertThat(changed.hint().orElseThrow().in(Locale.ENGLISH)).isEqualTo(base.hint().orElseThrow().in(Locale.ENGLISH));
        assertThat(changed.message()).isEqualTo(base.message());
        assertThat(changed.reasonPhrase()).isEqualTo(base.reasonPhrase());
        assertThat(changed.constantName()).isEqualTo(base.constantName());
        assertThat(changed.rfc()).isEqualTo(base.rfc());
        // The change goes where the base had the code: same order, same count.
        assertThat(table.codes()).hasSameSizeAs(Tables.ianaTable().codes());
    }

    @Test
    void everyFieldOfAnInheritedCodeCanBeChanged() {
        StatusTable table = load("""
                schema: 1
                extends: iana
                codes:
                  - code: 480
                    reason: Temporarily Not Available
                    constant: NOT_AVAILABLE_NOW
                    rfc: 9999
                    deprecated: "use 486"
                    message: {en: Away}
                    hint: {en: "Try later.", nl: "Probeer later."}
                  - code: 202
                    deprecated: false
                """);
        StatusCode changed = table.code(480).orElseThrow();

        assertThat(changed.reasonPhrase()).isEqualTo("Temporarily Not Available");
        assertThat(changed.constantName()).isEqualTo("NOT_AVAILABLE_NOW");
        assertThat(changed.rfc()).isEqualTo(OptionalInt.of(9999));
        assertThat(changed.deprecation()).contains("use 486");
        assertThat(changed.message().in(Locale.ENGLISH)).isEqualTo("Away");
        assertThat(changed.message().in(NL)).isEqualTo(Tables.ianaTable().code(480).orElseThrow().message().in(NL));
        assertThat(changed.hint().orElseThrow().in(NL)).isEqualTo("Probeer later.");
        assertThat(Tables.ianaTable().code(202).orElseThrow().deprecation()).isPresent();
        assertThat(table.code(202).orElseThrow().deprecation()).isEmpty();
    }

    @Test
    void aChangedReasonKeepsTheInheritedConstantSoThatCodeUsingItStillCompiles() {
        StatusTable table = load("schema: 1\nextends: callvoip\ncodes:\n  - {code: 486, reason: Line Busy}\n");

        assertThat(table.code(486).orElseThrow().reasonPhrase()).isEqualTo("Line Busy");
        assertThat(table.code(486).orElseThrow().constantName()).isEqualTo("BUSY_HERE");
    }

    @Test
    void aNewCodeMayTakeAConstantThatAChangeGaveUp() {
        StatusTable table = load("""
                schema: 1
                extends: callvoip
                codes:
                  - {code: 478, reason: Busy Here, message: {en: Busy, nl: Bezet}}
                  - {code: 486, constant: LINE_BUSY}
                """);

        assertThat(table.code(478).orElseThrow().constantName()).isEqualTo("BUSY_HERE");
        assertThat(table.code(486).orElseThrow().constantName()).isEqualTo("LINE_BUSY");
    }

    @Test
    void q850CausesAreInheritedChangedAndAddedLikeCodes() {
        StatusTable table = load("""
                schema: 1
                extends: iana
                causes:
                  - {cause: 17, message: {nl: Klant in gesprek}}
                  - {cause: 99, name: Carrier specific, sip: 478, message: {en: Carrier specific, nl: Vervoerderspecifiek}}
                codes:
                  - {code: 478, reason: Unresolvable destination, q850: 99, message: {en: Unresolvable, nl: Onoplosbaar}}
                  - {code: 486, q850: 99}
                """);
        Q850Interworking base = Tables.ianaTable().q850();
        Q850Interworking q850 = table.q850();

        assertThat(q850.causes()).hasSize(base.causes().size() + 1);
        Q850Cause busy = q850.cause(17).orElseThrow();
        assertThat(busy.message().in(NL)).isEqualTo("Klant in gesprek");
        assertThat(busy.message().in(Locale.ENGLISH)).isEqualTo(base.cause(17).orElseThrow().message().in(Locale.ENGLISH));
        assertThat(busy.name()).isEqualTo(base.cause(17).orElseThrow().name());
        assertThat(busy.sip()).isEqualTo(base.cause(17).orElseThrow().sip());
        assertThat(q850.cause(99).orElseThrow().constantName()).isEqualTo("CARRIER_SPECIFIC");
        assertThat(q850.cause(99).orElseThrow().sip()).isEqualTo(OptionalInt.of(478));
        assertThat(q850.causeOf(478)).isEqualTo(OptionalInt.of(99));
        assertThat(q850.causeOf(486)).isEqualTo(OptionalInt.of(99));
        assertThat(q850.causeOf(480)).isEqualTo(base.causeOf(480));
        assertThat(q850.causeOf(487)).isEqualTo(base.causeOf(487));
    }

    @Test
    void aQ850ThatNeitherTableListsIsNamedAsSuch() {
        assertThat(problems("schema: 1\nextends: iana\ncodes:\n  - {code: 486, q850: 98}\n")).containsExactly(
                "acme.yaml:4:23: code 486: q850 98 is neither a cause of the built-in iana table nor listed in 'causes'");
    }

    @Test
    void aRetitledCategoryKeepsTheTitlesItDoesNotGive() {
        StatusTable table = load("schema: 1\nextends: iana\ncategories:\n  - {class: 4, title: {en: Your side}}\n");

        assertThat(table.category(ResponseClass.CLIENT_ERROR).orElseThrow().title().in(Locale.ENGLISH)).isEqualTo("Your side");
        assertThat(table.category(ResponseClass.CLIENT_ERROR).orElseThrow().title().in(NL)).isEqualTo("Clientfout");
        assertThat(table.category(ResponseClass.SUCCESS)).isEqualTo(Tables.ianaTable().category(ResponseClass.SUCCESS));
    }

    @Test
    void anAddedLocaleFollowsTheInheritedOnesAndNeedsEveryTextOfEveryCode() throws InvalidInputException {
        String yaml = """
                schema: 1
                extends: callvoip
                locales: [de]
                categories:
                  - {class: 4, title: {de: Client-Fehler}}
                codes:
                  - code: 486
                    message: {de: Besetzt}
                """;
        LoadedTable loaded = loadWarning(yaml);

        assertThat(loaded.table().locales()).containsExactly(Locale.ENGLISH, NL, DE);
        assertThat(loaded.table().code(486).orElseThrow().message().in(DE)).isEqualTo("Besetzt");
        List<String> warnings = loaded.warnings().stream().map(Diagnostic::toString).toList();
        // 51 codes with a message and a hint each, six titles, 35 Q.850 causes; given: one message, one title.
        assertThat(warnings).hasSize(51 * 2 + 6 + 35 - 2);
        // The base's entries the table leaves alone: under the key of their list, as in an overlay.
        assertThat(warnings).contains("acme.yaml:4:1: category 1: no de title", "acme.yaml:6:1: code 100: no de message",
                "acme.yaml:6:1: code 100: no de hint");
        // An entry of the table: at the entry, or at the text map that lacks the locale.
        assertThat(warnings).contains("acme.yaml:7:5: code 486: no de hint")
                .doesNotContain("acme.yaml:6:1: code 486: no de message", "acme.yaml:4:1: category 4: no de title");
    }

    @Test
    void anAddedLocaleWithoutCodesIsReportedAtTheLocales() throws InvalidInputException {
        List<String> warnings = loadWarning("schema: 1\nextends: callvoip\nlocales: [de]\n").warnings().stream()
                .map(Diagnostic::toString).toList();

        assertThat(warnings).hasSize(51 * 2 + 6 + 35).allMatch(w -> w.startsWith("acme.yaml:3:1: "));
    }

    @Test
    void aTextInALocaleNeitherTableDeclaresIsReported() {
        assertThat(problems("schema: 1\nextends: iana\ncodes:\n  - {code: 486, message: {fr: Occupé}}\n"))
                .containsExactly("acme.yaml:4:27: code 486 (inherited from built-in iana table, line 476): message in"
                        + " 'fr', which 'locales' does not declare");
    }

    @Test
    void overlaysAndLocaleSelectionWorkOnTheResult() throws InvalidInputException {
        byte[] table = "schema: 1\nextends: callvoip\ncodes:\n  - {code: 478, reason: Unresolvable, message: {en: Unresolvable, nl: Onoplosbaar}}\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] overlay = "schema: 1\nlocale: nl\ncodes:\n  478: {message: Onbekende bestemming}\n"
                .getBytes(StandardCharsets.UTF_8);

        StatusTable loaded = StatusTableLoader.load(new TableSource("acme.yaml", table),
                List.of(new TableSource("nl.yaml", overlay)), Optional.of(List.of("en")), MissingTranslations.FAIL).table();

        assertThat(loaded.locales()).containsExactly(Locale.ENGLISH);
        assertThat(loaded.codes()).hasSize(52);
        StatusTable withDutch = StatusTableLoader.load(new TableSource("acme.yaml", table),
                List.of(new TableSource("nl.yaml", overlay)), Optional.empty(), MissingTranslations.FAIL).table();
        assertThat(withDutch.code(478).orElseThrow().message().in(NL)).isEqualTo("Onbekende bestemming");
    }

    @Test
    void problemsOfTheWholeFileAreReportedWithAnUnknownBase() {
        assertThat(problems("schema: 2\nextends: acme\nnam: x\ncodes:\n  - {code: 478}\n")).containsExactly(
                "acme.yaml:1:9: schema 2 is not known; this plugin reads schema 1",
                "acme.yaml:2:10: extends: 'acme' is not a built-in table; a table can extend callvoip or iana",
                "acme.yaml:3:1: unknown key 'nam' (did you mean 'name'?)");
    }
}
