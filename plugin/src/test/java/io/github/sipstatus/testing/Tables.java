package io.github.sipstatus.testing;

import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.yaml.StatusTableLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's real tables and small ones written inline, for tests. */
public final class Tables {

    /** The project's table, as the plugin embeds it. */
    public static final Path DEFAULT_TABLE = Path.of("../src-data/sip-status-codes.yaml");

    /** The IANA registry as a table, embedded as the built-in table {@code iana}. */
    public static final Path IANA_TABLE = Path.of("../src-data/iana-sip-status-codes.yaml");

    private Tables() {}

    public static byte[] defaultTableBytes() {
        try {
            return Files.readAllBytes(DEFAULT_TABLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StatusTable defaultTable() {
        return load(defaultTableBytes());
    }

    public static StatusTable ianaTable() {
        try {
            return load(Files.readAllBytes(IANA_TABLE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StatusTable load(String yaml) {
        return load(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static StatusTable load(byte[] bytes) {
        try {
            return StatusTableLoader.load("table.yaml", bytes);
        } catch (InvalidInputException e) {
            throw new AssertionError(e.diagnostics().toString(), e);
        }
    }

    /**
     * The smallest table that resolve() accepts: 183 and every x00, in en and nl, plus whatever
     * code entries the caller adds (YAML list items, indented by four spaces).
     */
    public static String minimal(String extraCodes) {
        return """
                schema: 1
                name: Minimal
                locales: [en, nl]
                categories:
                  - {class: 1, title: {en: Provisional, nl: Voorlopig}}
                  - {class: 2, title: {en: Success, nl: Succes}}
                  - {class: 3, title: {en: Redirection, nl: Doorverwijzing}}
                  - {class: 4, title: {en: Client Error, nl: Clientfout}}
                  - {class: 5, title: {en: Server Error, nl: Serverfout}}
                  - {class: 6, title: {en: Global Failure, nl: Algemene fout}}
                codes:
                  - {code: 183, reason: Session Progress, message: {en: Progress, nl: Voortgang}}
                  - {code: 200, reason: OK, message: {en: OK, nl: OK}}
                  - {code: 300, reason: Multiple Choices, message: {en: Choices, nl: Keuzes}}
                  - {code: 400, reason: Bad Request, message: {en: Bad request, nl: Fout verzoek}}
                  - {code: 500, reason: Server Internal Error, message: {en: Server error, nl: Serverfout}}
                  - {code: 600, reason: Busy Everywhere, message: {en: Busy everywhere, nl: Overal bezet}}
                """ + extraCodes;
    }
}
