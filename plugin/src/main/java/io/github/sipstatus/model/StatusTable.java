package io.github.sipstatus.model;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A whole SIP status table: what a YAML file describes once it has been checked.
 *
 * @param name       a human name for the table, shown in generated Javadoc
 * @param provenance where the table's content comes from, shown in generated Javadoc
 * @param locales    the table's locales; the first is its default locale
 * @param categories the classes used by the codes, in class order
 * @param codes      the codes, in code order
 */
public record StatusTable(
        Optional<String> name,
        Optional<String> provenance,
        List<Locale> locales,
        List<Category> categories,
        List<StatusCode> codes) {

    public StatusTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provenance, "provenance");
        locales = List.copyOf(locales);
        categories = categories.stream().sorted(Comparator.comparing(Category::responseClass)).toList();
        codes = codes.stream().sorted(Comparator.comparingInt(StatusCode::code)).toList();
        if (locales.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one locale");
        }
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one code");
        }
        requireUnique(codes.stream().map(StatusCode::code).toList(), "code");
        requireUnique(codes.stream().map(StatusCode::constantName).toList(), "constant");
        requireUnique(categories.stream().map(Category::responseClass).toList(), "category");
        for (ResponseClass responseClass : ResponseClass.values()) {
            if (codes.stream().noneMatch(c -> c.code() == responseClass.fallbackCode())) {
                throw new IllegalArgumentException("no code " + responseClass.fallbackCode() + ", which resolve() needs");
            }
        }
        for (StatusCode code : codes) {
            if (categories.stream().noneMatch(c -> c.responseClass() == code.responseClass())) {
                throw new IllegalArgumentException("code " + code.code() + " has no category");
            }
            requireDefaultAndDeclared(code.message(), locales, "code " + code.code() + " message");
            if (code.hint().isPresent()) {
                requireDefaultAndDeclared(code.hint().get(), locales, "code " + code.code() + " hint");
            }
        }
        for (Category category : categories) {
            requireDefaultAndDeclared(category.title(), locales, "category " + category.responseClass().digit());
        }
    }

    /** The locale whose texts are the base bundle and the last fallback. */
    public Locale defaultLocale() {
        return locales.get(0);
    }

    public Optional<Category> category(ResponseClass responseClass) {
        return categories.stream().filter(c -> c.responseClass() == responseClass).findFirst();
    }

    public Optional<StatusCode> code(int code) {
        return codes.stream().filter(c -> c.code() == code).findFirst();
    }

    /**
     * Other locales may lack a text (it falls back to the default locale at run time), but the default
     * locale is the fallback and must have every one.
     */
    private static void requireDefaultAndDeclared(LocalizedText text, List<Locale> locales, String what) {
        if (text.find(locales.get(0)).isEmpty()) {
            throw new IllegalArgumentException(what + " has no text in the default locale");
        }
        if (!locales.containsAll(text.texts().keySet())) {
            throw new IllegalArgumentException(what + " has a text in an undeclared locale");
        }
    }

    private static <T> void requireUnique(List<T> values, String what) {
        Set<T> seen = new HashSet<>();
        for (T value : values) {
            if (!seen.add(value)) {
                throw new IllegalArgumentException("duplicate " + what + ": " + value);
            }
        }
    }
}
