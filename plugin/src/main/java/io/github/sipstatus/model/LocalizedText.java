package io.github.sipstatus.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One text in several locales, in the order the table declares its locales.
 *
 * @param texts the text of each locale; never empty, no blank text
 */
public record LocalizedText(Map<Locale, String> texts) {

    /**
     * Refuses an empty map and null locales or texts; keeps a copy in the given order.
     *
     * @param texts the text of each locale; never empty, no blank text
     */
    public LocalizedText {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("a localized text needs at least one locale");
        }
        for (Map.Entry<Locale, String> entry : texts.entrySet()) {
            Objects.requireNonNull(entry.getKey(), "locale");
            Objects.requireNonNull(entry.getValue(), "text");
        }
        // Insertion order is the table's locale order: it keeps generated output stable.
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /**
     * The text in exactly this locale, with no fallback.
     *
     * @param locale a locale
     * @return the text, or empty when the table has none in that locale
     */
    public Optional<String> find(Locale locale) {
        return Optional.ofNullable(texts.get(locale));
    }

    /**
     * The text in a locale the model guarantees it in.
     *
     * @param locale a locale the text has
     * @return the text
     * @throws IllegalArgumentException when it has no text in that locale
     */
    public String in(Locale locale) {
        String text = texts.get(locale);
        if (text == null) {
            throw new IllegalArgumentException("no " + locale.toLanguageTag() + " text");
        }
        return text;
    }
}
