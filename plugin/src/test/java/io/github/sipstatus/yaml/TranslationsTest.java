package io.github.sipstatus.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.model.MissingTranslations;
import io.github.sipstatus.model.ResponseClass;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.testing.Tables;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Overlays, locale selection and the completeness check, with the positions they report. */
class TranslationsTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final Locale DE = Locale.GERMAN;

    /** The minimal table plus 486, whose hint is given in both locales. */
    private static final String TABLE = Tables.minimal("""
              - code: 486
                reason: Busy Here
                message: {en: Busy here, nl: In gesprek}
                hint: {en: Try later, nl: Probeer later}
            """);

    private static final String GERMAN_COMPLETE = """
            schema: 1
            locale: de
            categories: {1: Vorläufig, 2: Erfolg, 3: Umleitung, 4: Client-Fehler, 5: Server-Fehler, 6: Globaler Fehler}
            codes:
              183: {message: Verbindungsaufbau}
              200: {message: OK}
              300: {message: Mehrere}
              400: {message: Ungültig}
              486: {message: Besetzt, hint: "Später erneut versuchen"}
              500: {message: Serverfehler}
              600: {message: Überall besetzt}
            """;

    private static TableSource source(String name, String yaml) {
        return new TableSource(name, yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static LoadedTable load(String table, List<String> overlays, Optional<List<String>> locales,
            MissingTranslations policy) throws InvalidInputException {
        List<TableSource> sources = overlays.stream().map(yaml -> source("overlay.yaml", yaml)).toList();
        return StatusTableLoader.load(source("table.yaml", table), sources, locales, policy);
    }

    private static List<String> errors(String table, List<String> overlays, Optional<List<String>> locales,
            MissingTranslations policy) {
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
                () -> load(table, overlays, locales, policy));
        assertThat(thrown).as("expected the input to be refused").isNotNull();
        return thrown.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private static final String TABLE_WITH_CAUSES = TABLE.replace("codes:\n", """
            causes:
              - {cause: 16, name: Normal call clearing, message: {en: Cleared, nl: Beëindigd}}
              - {cause: 31, name: "Normal, unspecified", sip: 500, message: {en: Normal, nl: Normaal}}
            codes:
            """);

    @Test
    void anOverlayTranslatesTheCausesOfATableThatHasThem() throws Exception {
        String german = GERMAN_COMPLETE + "causes: {16: Normal beendet, 31: \"Normal, unbestimmt\"}\n";
        StatusTable table = load(TABLE_WITH_CAUSES, List.of(german), Optional.empty(), MissingTranslations.FAIL).table();
        assertThat(table.q850().cause(16).orElseThrow().message().in(DE)).isEqualTo("Normal beendet");
        assertThat(table.q850().cause(31).orElseThrow().message().in(NL)).isEqualTo("Normaal");
    }

    @Test
    void aCauseMessageAnOverlayLacksIsReportedInTheOverlay() {
        String german = GERMAN_COMPLETE + "causes: {16: Normal beendet}\n";
        assertThat(errors(TABLE_WITH_CAUSES, List.of(german), Optional.empty(), MissingTranslations.FAIL))
                .containsExactly("overlay.yaml:12:1: cause 31: no de message");
        assertThat(errors(TABLE_WITH_CAUSES, List.of(GERMAN_COMPLETE + "causes: {17: Besetzt}\n"), Optional.empty(),
                MissingTranslations.WARN)).containsExactly("overlay.yaml:12:14: cause 17: the table has no such cause to translate");
    }

    @Test
    void anOverlayAddsALocale() throws Exception {
        LoadedTable loaded = load(TABLE, List.of(GERMAN_COMPLETE), Optional.empty(), MissingTranslations.FAIL);
        StatusTable table = loaded.table();

        assertThat(table.locales()).containsExactly(EN, NL, DE);
        assertThat(table.code(486).orElseThrow().message().in(DE)).isEqualTo("Besetzt");
        assertThat(table.code(486).orElseThrow().hint().orElseThrow().in(DE)).isEqualTo("Später erneut versuchen");
        assertThat(table.category(ResponseClass.CLIENT_ERROR).orElseThrow().title().in(DE)).isEqualTo("Client-Fehler");
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void anOverlayRewordsTextsOfAnExistingLocale() throws Exception {
        String reword = "schema: 1\nlocale: nl\ncodes:\n  486: {message: Bezet}\n";
        StatusTable table = load(TABLE, List.of(reword), Optional.empty(), MissingTranslations.FAIL).table();

        assertThat(table.locales()).containsExactly(EN, NL);
        assertThat(table.code(486).orElseThrow().message().in(NL)).isEqualTo("Bezet");
        assertThat(table.code(486).orElseThrow().hint().orElseThrow().in(NL)).isEqualTo("Probeer later");
    }

    @Test
    void anIncompleteOverlayFailsAtItsPositions() {
        // The complete overlay without 486's hint and without 600: the lines above them stay where they were.
        String partial = GERMAN_COMPLETE.replace(", hint: \"Später erneut versuchen\"", "")
                .replace("  600: {message: Überall besetzt}\n", "");
        assertThat(errors(TABLE, List.of(partial), Optional.empty(), MissingTranslations.FAIL)).containsExactly(
                "overlay.yaml:4:1: code 600: no de message",
                "overlay.yaml:9:8: code 486: no de hint");
    }

    @Test
    void warnModeWarnsAndLeavesTheTextToFallBack() throws Exception {
        String partial = "schema: 1\nlocale: de\ncategories: {4: Client-Fehler}\ncodes:\n  486: {message: Besetzt}\n";
        LoadedTable loaded = load(TABLE, List.of(partial), Optional.empty(), MissingTranslations.WARN);

        assertThat(loaded.warnings()).extracting(Diagnostic::toString)
                .contains("overlay.yaml:3:1: category 1: no de title", "overlay.yaml:5:8: code 486: no de hint",
                        "overlay.yaml:4:1: code 200: no de message")
                .hasSize(5 + 1 + 6);
        assertThat(loaded.table().code(200).orElseThrow().message().find(DE)).isEmpty();
        assertThat(loaded.table().code(486).orElseThrow().message().in(DE)).isEqualTo("Besetzt");
    }

    @Test
    void missingTranslationsInTheTableItself() {
        String table = Tables.minimal("""
                  - {code: 486, reason: Busy Here, message: {en: Busy here}, hint: {nl: Probeer later}}
                """).replace("{class: 4, title: {en: Client Error, nl: Clientfout}}", "{class: 4, title: {en: Client Error}}");
        assertThat(errors(table, List.of(), Optional.empty(), MissingTranslations.FAIL)).containsExactly(
                "table.yaml:8:23: category 4: no nl title",
                "table.yaml:18:45: code 486: no nl message",
                "table.yaml:18:68: code 486: no en hint (en is the table's default locale, which every text needs)");
    }

    @Test
    void theDefaultLocaleIsRequiredEvenWhenWarning() {
        String table = Tables.minimal("  - {code: 486, reason: Busy Here, message: {nl: In gesprek}}\n");
        assertThat(errors(table, List.of(), Optional.empty(), MissingTranslations.WARN)).containsExactly(
                "table.yaml:18:45: code 486: no en message (en is the table's default locale, which every text needs)");
    }

    @Test
    void anUndeclaredLocaleIsAnErrorOrAWarning() throws Exception {
        String table = Tables.minimal("  - {code: 486, reason: Busy Here, message: {en: Busy, nl: Bezet, fr: Occupé}}\n");
        assertThat(errors(table, List.of(), Optional.empty(), MissingTranslations.FAIL)).containsExactly(
                "table.yaml:18:67: code 486: message in 'fr', which 'locales' does not declare");
        LoadedTable loaded = load(table, List.of(), Optional.empty(), MissingTranslations.WARN);
        assertThat(loaded.warnings()).hasSize(1);
        assertThat(loaded.table().code(486).orElseThrow().message().texts()).containsOnlyKeys(EN, NL);
    }

    @Test
    void localesSelectsWhichBundlesExistAndKeepsTheDefault() throws Exception {
        StatusTable table = load(TABLE, List.of(GERMAN_COMPLETE), Optional.of(List.of("de")), MissingTranslations.FAIL).table();
        assertThat(table.locales()).containsExactly(EN, DE);
        assertThat(table.code(486).orElseThrow().message().texts()).containsOnlyKeys(EN, DE);
    }

    @Test
    void selectingOnlyCompleteLocalesIgnoresIncompleteOnes() throws Exception {
        String partial = "schema: 1\nlocale: de\ncodes:\n  486: {message: Besetzt}\n";
        StatusTable table = load(TABLE, List.of(partial), Optional.of(List.of("nl")), MissingTranslations.FAIL).table();
        assertThat(table.locales()).containsExactly(EN, NL);
    }

    @Test
    void selectingALocaleTheTableLacksIsAConfigurationError() {
        assertThat(errors(TABLE, List.of(), Optional.of(List.of("fr")), MissingTranslations.FAIL)).containsExactly(
                "parameter 'locales': the table has no locale 'fr'; it has en, nl");
    }

    @Test
    void overlaysOnlyTranslateWhatTheTableHas() {
        String stray = "schema: 1\nlocale: nl\ncategories: {4: Clientfout}\ncodes:\n  499: {message: Onbekend}\n";
    }

    @Test
    void overlayStructureIsCheckedLikeATable() {
        String bad = "schema: 1\nlocal: de\ncodes:\n  486: {mesage: Besetzt}\n  abc: {message: X}\n";
        assertThat(errors(TABLE, List.of(bad), Optional.empty(), MissingTranslations.FAIL)).containsExactly(
                "overlay.yaml:2:1: unknown key 'local' (did you mean 'locale'?)",
                "overlay.yaml:4:8: code 486: give a 'message', a 'hint' or both",
                "overlay.yaml:4:9: code 486: unknown key 'mesage' (did you mean 'message'?)",
                "overlay.yaml:5:3: codes: code must be a whole number, not 'abc'");
    }
}
