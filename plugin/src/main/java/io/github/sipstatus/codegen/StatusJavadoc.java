package io.github.sipstatus.codegen;

import com.palantir.javapoet.CodeBlock;
import io.github.sipstatus.model.Attribute;
import io.github.sipstatus.model.AttributeValue;
import io.github.sipstatus.model.LocalizedText;
import io.github.sipstatus.model.StatusCode;
import io.github.sipstatus.model.StatusTable;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** The Javadoc of one status, shared by the enum constant and the int constant so they read alike. */
final class StatusJavadoc {

    /**
     * How every text accessor chooses its locale, as {@code SipStatusTexts.choose} does it; one format
     * argument, what the accessor returns. Kept beside that code's description in the README.
     */
    static final String LOCALE_RULE = "$L in the table locale chosen for {@code locale}: the first of Java's\n"
            + "candidate locales for it that the table has ({@code nl-BE}, then {@code nl}; {@code zh-TW} as\n"
            + "{@code zh-Hant-TW}, {@code zh-Hant}, {@code zh-TW}, {@code zh}), else a table locale of the same\n"
            + "language and script ({@code pt} finds {@code pt-BR}), else the table's default locale. The JVM's\n"
            + "default locale plays no part. A text the chosen locale lacks comes from the next table locale\n"
            + "on that chain, then from the default locale.\n";

    private StatusJavadoc() {}

    static CodeBlock of(StatusCode code, StatusTable table) {
        Locale english = documentationLocale(table);
        CodeBlock.Builder doc = CodeBlock.builder()
                // <code>, not {@code}: the text is HTML-escaped, and a brace in it would end {@code early.
                .add("<code>$L $L</code>: $L\n", code.code(), CommentText.javadoc(code.reasonPhrase()),
                        CommentText.javadoc(sentence(inOrDefault(code.message(), english, table))));
        if (code.hint().isPresent()) {
            doc.add("\n<p>$L\n", CommentText.javadoc(sentence(inOrDefault(code.hint().get(), english, table))));
        }
        if (!table.q850().isEmpty()) {
            OptionalInt cause = table.q850().causeOf(code.code());
            if (cause.isPresent()) {
                doc.add("\n<p>Q.850 cause: <code>$L $L</code> (RFC 3398 \u00a78.2.6.1).\n", cause.getAsInt(),
                        CommentText.javadoc(table.q850().cause(cause.getAsInt()).orElseThrow().name()));
            }
        }
        if (!table.attributes().isEmpty()) {
            doc.add("\n<p>Attributes: $L.\n", attributes(code, table));
        }
        if (code.deprecation().isPresent()) {
            doc.add("\n@deprecated $L\n", CommentText.javadoc(code.deprecation().get()));
        }
        if (code.rfc().isPresent()) {
            int rfc = code.rfc().getAsInt();
            doc.add("@see <a href=\"https://www.rfc-editor.org/rfc/rfc$L\">RFC $L</a>\n", rfc, rfc);
        }
        return doc.build();
    }

    /** The code's values of the table's own attributes, as the table gives them: {@code retryable <code>true</code>}. */
    private static String attributes(StatusCode code, StatusTable table) {
        StringBuilder text = new StringBuilder();
        for (Attribute attribute : table.attributes()) {
            Optional<AttributeValue> value = attribute.valueOf(code);
            text.append(text.length() == 0 ? "" : ", ").append(attribute.name()).append(' ')
                    .append(value.isPresent() ? "<code>" + CommentText.javadoc(SipStatusAttributes.text(value.get()))
                            + "</code>" : "none");
        }
        return text.toString();
    }

    /** Javadoc is read in English: the English texts when the table has them, else the default locale's. */
    static Locale documentationLocale(StatusTable table) {
        for (Locale locale : table.locales()) {
            if (locale.getLanguage().equals("en")) {
                return locale;
            }
        }
        return table.defaultLocale();
    }

    /** With missingTranslations=warn the English text may be missing; the default locale's never is. */
    static String inOrDefault(LocalizedText text, Locale locale, StatusTable table) {
        Optional<String> found = text.find(locale);
        return found.isPresent() ? found.get() : text.in(table.defaultLocale());
    }

    /** A text as a sentence of Javadoc: ends with a full stop unless it already ends a sentence. */
    static String sentence(String text) {
        String trimmed = text.strip();
        char last = trimmed.charAt(trimmed.length() - 1);
        return last == '.' || last == '!' || last == '?' ? trimmed : trimmed + ".";
    }
}
