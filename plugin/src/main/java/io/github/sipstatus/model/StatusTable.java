package io.github.sipstatus.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A whole SIP status table: what a YAML file describes once it has been checked.
 *
 * @param name       a human name for the table, shown in generated Javadoc
 * @param provenance where the table's content comes from, shown in generated Javadoc
 * @param locales    the table's locales; the first is its default locale
 * @param categories the classes used by the codes, in class order
 * @param codes      the codes, in code order
 * @param q850       the Q.850 causes and the mapping both ways (RFC 3398), {@link Q850Interworking#NONE} if the
 *                   table has no {@code causes}
 * @param attributes the table's own attributes, in declared order
 */
public record StatusTable(
        Optional<String> name,
        Optional<String> provenance,
        List<Locale> locales,
        List<Category> categories,
        List<StatusCode> codes,
        Q850Interworking q850,
        List<Attribute> attributes) {

    /**
     * A table without attributes of its own.
     *
     * @param name       a human name for the table, shown in generated Javadoc
     * @param provenance where the table's content comes from, shown in generated Javadoc
     * @param locales    the table's locales; the first is its default locale
     * @param categories the classes used by the codes, in any order
     * @param codes      the codes, in any order
     * @param q850       the Q.850 causes and the mapping both ways, {@link Q850Interworking#NONE} if none
     */
    public StatusTable(Optional<String> name, Optional<String> provenance, List<Locale> locales,
            List<Category> categories, List<StatusCode> codes, Q850Interworking q850) {
        this(name, provenance, locales, categories, codes, q850, List.of());
    }

    /**
     * A table without Q.850 causes.
     *
     * @param name       a human name for the table, shown in generated Javadoc
     * @param provenance where the table's content comes from, shown in generated Javadoc
     * @param locales    the table's locales; the first is its default locale
     * @param categories the classes used by the codes, in any order
     * @param codes      the codes, in any order
     */
    public StatusTable(Optional<String> name, Optional<String> provenance, List<Locale> locales,
            List<Category> categories, List<StatusCode> codes) {
        this(name, provenance, locales, categories, codes, Q850Interworking.NONE, List.of());
    }

    /**
     * Checks what the generated code relies on: locales and codes present, codes, constants and classes
     * unique, every code's class and RFC 3261's fallback codes present, every text in the default locale
     * and in no undeclared one, every attribute value of a declared attribute and of its type, and every
     * code with a value for each attribute that has neither default nor {@code optional}. Sorts the
     * categories and codes.
     *
     * @param name       a human name for the table, shown in generated Javadoc
     * @param provenance where the table's content comes from, shown in generated Javadoc
     * @param locales    the table's locales; the first is its default locale
     * @param categories the classes used by the codes, in class order
     * @param codes      the codes, in code order
     * @param q850       the Q.850 causes and the mapping both ways, {@link Q850Interworking#NONE} if the table
     *                   has no {@code causes}
     * @param attributes the table's own attributes, in declared order
     */
    public StatusTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provenance, "provenance");
        locales = List.copyOf(locales);
        categories = sorted(categories, new ByResponseClass());
        codes = sorted(codes, new ByCode());
        if (locales.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one locale");
        }
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one code");
        }
        List<Integer> numbers = new ArrayList<>();
        List<String> constants = new ArrayList<>();
        for (StatusCode code : codes) {
            numbers.add(code.code());
            constants.add(code.constantName());
        }
        List<ResponseClass> classes = new ArrayList<>();
        for (Category category : categories) {
            classes.add(category.responseClass());
        }
        requireUnique(numbers, "code");
        requireUnique(constants, "constant");
        requireUnique(classes, "category");
        for (ResponseClass responseClass : ResponseClass.values()) {
            if (findCode(codes, responseClass.fallbackCode()) == null) {
                throw new IllegalArgumentException("no code " + responseClass.fallbackCode() + ", which resolve() needs");
            }
        }
        for (StatusCode code : codes) {
            if (findCategory(categories, code.responseClass()) == null) {
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
        Objects.requireNonNull(q850, "q850");
        checkInterworking(q850, codes, locales);
        attributes = List.copyOf(attributes);
        checkAttributes(attributes, codes);
    }

    private static void checkAttributes(List<Attribute> attributes, List<StatusCode> codes) {
        Map<String, Attribute> byName = new LinkedHashMap<>();
        for (Attribute attribute : attributes) {
            if (byName.put(attribute.name(), attribute) != null) {
                throw new IllegalArgumentException("duplicate attribute: " + attribute.name());
            }
        }
        for (StatusCode code : codes) {
            for (Map.Entry<String, AttributeValue> value : code.attributes().entrySet()) {
                Attribute attribute = byName.get(value.getKey());
                if (attribute == null) {
                    throw new IllegalArgumentException("code " + code.code() + " gives attribute '" + value.getKey()
                            + "', which the table does not declare");
                }
                attribute.requireAccepted(value.getValue(), "the value of code " + code.code());
            }
            for (Attribute attribute : attributes) {
                if (attribute.required() && !code.attributes().containsKey(attribute.name())) {
                    throw new IllegalArgumentException("code " + code.code() + " has no value for attribute '"
                            + attribute.name() + "', which has neither a default nor optional");
                }
            }
        }
    }

    private static void checkInterworking(Q850Interworking q850, List<StatusCode> codes, List<Locale> locales) {
        List<Integer> causes = new ArrayList<>();
        List<String> constants = new ArrayList<>();
        for (Q850Cause cause : q850.causes()) {
            causes.add(cause.cause());
            constants.add(cause.constantName());
            if (cause.sip().isPresent() && findCode(codes, cause.sip().getAsInt()) == null) {
                throw new IllegalArgumentException("cause " + cause.cause() + " maps to " + cause.sip().getAsInt()
                        + ", which is not a code of the table");
            }
            requireDefaultAndDeclared(cause.message(), locales, "cause " + cause.cause() + " message");
        }
        requireUnique(causes, "cause");
        requireUnique(constants, "cause constant");
        for (Map.Entry<Integer, OptionalInt> entry : q850.codeCauses().entrySet()) {
            if (findCode(codes, entry.getKey()) == null) {
                throw new IllegalArgumentException("q850 of " + entry.getKey() + ", which is not a code of the table");
            }
            if (entry.getValue().isPresent() && !causes.contains(entry.getValue().getAsInt())) {
                throw new IllegalArgumentException("code " + entry.getKey() + " maps to cause " + entry.getValue().getAsInt()
                        + ", which the table does not list");
            }
        }
        if (!q850.isEmpty()) {
            // The RFC's defaults name these two: every table that interworks can answer with them.
            for (int required : new int[] {Q850Cause.NORMAL_CALL_CLEARING, Q850Cause.NORMAL_UNSPECIFIED}) {
                if (!causes.contains(required)) {
                    throw new IllegalArgumentException("no cause " + required + ", which RFC 3398's defaults need");
                }
            }
        } else if (!q850.codeCauses().isEmpty()) {
            throw new IllegalArgumentException("codes map to Q.850 causes, but the table lists none");
        }
    }

    /**
     * The locale whose texts are the base bundle and the last fallback.
     *
     * @return the first of the table's locales
     */
    public Locale defaultLocale() {
        return locales.get(0);
    }

    /**
     * The table's category for a class.
     *
     * @param responseClass a class
     * @return its category, or empty when no code of the table is in that class
     */
    public Optional<Category> category(ResponseClass responseClass) {
        return Optional.ofNullable(findCategory(categories, responseClass));
    }

    /**
     * The table's entry for a code.
     *
     * @param code a status code
     * @return its entry, or empty when the table does not have it
     */
    public Optional<StatusCode> code(int code) {
        return Optional.ofNullable(findCode(codes, code));
    }

    /** The category of this class, or null; static, since the constructor asks before the fields are set. */
    private static Category findCategory(List<Category> categories, ResponseClass responseClass) {
        for (Category category : categories) {
            if (category.responseClass() == responseClass) {
                return category;
            }
        }
        return null;
    }

    /** The entry of this code, or null. */
    private static StatusCode findCode(List<StatusCode> codes, int code) {
        for (StatusCode candidate : codes) {
            if (candidate.code() == code) {
                return candidate;
            }
        }
        return null;
    }

    /** A sorted, unmodifiable copy; the sort is stable, so equal elements keep their order. */
    private static <T> List<T> sorted(List<T> values, Comparator<T> order) {
        List<T> sorted = new ArrayList<>(values);
        sorted.sort(order);
        return Collections.unmodifiableList(sorted);
    }

    private static final class ByResponseClass implements Comparator<Category> {
        @Override
        public int compare(Category a, Category b) {
            return a.responseClass().compareTo(b.responseClass());
        }
    }

    private static final class ByCode implements Comparator<StatusCode> {
        @Override
        public int compare(StatusCode a, StatusCode b) {
            return Integer.compare(a.code(), b.code());
        }
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
