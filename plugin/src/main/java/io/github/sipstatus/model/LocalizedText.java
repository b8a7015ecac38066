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

    /** The text in exactly this locale, if the table has it. */
    public Optional<String> find(Locale locale) {
        return Optional.ofNullable(texts.get(locale));
    }

    /** The text in this locale; the caller knows the model guarantees it. */
    public String in(Locale locale) {
        String text = texts.get(locale);
        if (text == null) {
            throw new IllegalArgumentException("no " + locale.toLanguageTag() + " text");
        }
        return text;
    }
}
