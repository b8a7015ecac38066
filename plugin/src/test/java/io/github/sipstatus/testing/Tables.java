package io.github.sipstatus.testing;

import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.model.StatusCode;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.yaml.StatusTableLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
     * A table of {@code codes} codes (at least 7: 183 and every x00 first) in en and nl, each giving a value
     * of each of {@code attributes} optional enum attributes {@code col0, col1, ...}: the kind whose
     * value costs the generated enum's initializer most. With {@code extendsIana}, the table extends
     * {@code iana} (whose 75 codes count among {@code codes}, so Q.850 causes are there too) and gives
     * the registry's codes just their values.
     */
    public static String withAttributes(int codes, int attributes, boolean extendsIana) {
        StringBuilder yaml = new StringBuilder("schema: 1\n");
        Set<Integer> inherited = new TreeSet<>();
        if (extendsIana) {
            yaml.append("extends: iana\n");
            for (StatusCode code : ianaTable().codes()) {
                inherited.add(code.code());
            }
        } else {
            yaml.append("name: Wide\nlocales: [en, nl]\ncategories:\n");
            for (int responseClass = 1; responseClass <= 6; responseClass++) {
                yaml.append("  - {class: ").append(responseClass).append(", title: {en: C, nl: C}}\n");
            }
        }
        yaml.append("attributes:\n");
        for (int a = 0; a < attributes; a++) {
            yaml.append("  col").append(a).append(": {type: enum, values: [X, Y], optional: true}\n");
        }
        // In this order, each once: what resolve() needs, the base's codes, then the rest of 100..699.
        Set<Integer> order = new LinkedHashSet<>(List.of(183, 100, 200, 300, 400, 500, 600));
        order.addAll(inherited);
        for (int code = 100; code <= 699; code++) {
            order.add(code);
        }
        yaml.append("codes:\n");
        for (int code : List.copyOf(order).subList(0, codes)) {
            yaml.append("  - {code: ").append(code);
            if (!inherited.contains(code)) {
                yaml.append(", reason: Reason ").append(code).append(", message: {en: M, nl: M}");
            }
            yaml.append(", attributes: {");
            for (int a = 0; a < attributes; a++) {
                yaml.append(a == 0 ? "" : ", ").append("col").append(a).append(": Y");
            }
            yaml.append("}}\n");
        }
        return yaml.toString();
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
