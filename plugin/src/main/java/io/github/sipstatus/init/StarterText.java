package io.github.sipstatus.init;

import io.github.sipstatus.input.BuiltInTable;
import io.github.sipstatus.input.TableSchema;
import io.github.sipstatus.model.StatusTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table {@code init} writes when it does not copy: it extends a built-in table and changes nothing,
 * so that it builds as it is and {@code check} reports on it what it reports on the base; the examples
 * of a new and of a changed code are comments, one {@code #} away from being used.
 */
final class StarterText {

    private StarterText() {}

    /**
     * @param base     the model of the table extended, for what the header says of it
     * @param fileName how {@code check}'s example command names the file, relative to the project
     */
    static String of(BuiltInTable table, StatusTable base, String fileName) {
        List<String> tags = new ArrayList<>();
        for (Locale locale : base.locales()) {
            tags.add(locale.toLanguageTag());
        }
        return "# yaml-language-server: $schema=" + TableSchema.FILE_NAME + "\n"
                + "# The SIP status codes of this project: every code, category, locale and text of the\n"
                + "# " + table.tableName() + " (" + base.codes().size() + " codes in " + String.join(", ", tags)
                + "), with the changes and additions below.\n"
                + "# List only what differs: the rest follows the plugin's table when the plugin is upgraded.\n"
                + "# Compare it with the IANA registry: mvn sip-status:check -Dsip-status.source=" + fileName + "\n"
                + "schema: 1\n"
                + "extends: " + table.parameterValue() + "\n"
                + "# name: ACME carrier codes        # shown in the generated Javadoc and file headers\n"
                + "# locales: [de]                   # locales to add; every code then needs its texts in them\n"
                + "# Your own columns, one accessor each on SipStatus (README: \"Your own columns\"):\n"
                + "# attributes:\n"
                + "#   retryable: {type: boolean, default: false, description: \"Whether the dialer retries the call later.\"}\n"
                + "codes:\n"
                + "  # A new code needs everything a code needs: a reason phrase and a message in every locale.\n"
                + "  # - code: 478\n"
                + "  #   reason: Unresolvable destination\n"
                + "  #   message: {en: Destination cannot be resolved, nl: Bestemming niet te herleiden}\n"
                + "  #   hint: {en: \"The number cannot be routed: check it and the dial plan.\","
                + " nl: \"Het nummer is niet te routeren: controleer het en het kiesplan.\"}\n"
                + "  #\n"
                + "  # A code of the built-in table needs only what changes: reason, constant, rfc, deprecated,\n"
                + "  # q850, message, hint or attributes; a text replaces the base's in the locales it gives, the\n"
                + "  # others stay.\n"
                + "  # - code: 486\n"
                + "  #   attributes: {retryable: true}\n"
                + "  #   hint: {en: \"The customer is on another call; the call center retries in 2 minutes.\","
                + " nl: \"De klant is in gesprek; het callcenter belt over 2 minuten opnieuw.\"}\n";
    }
}
