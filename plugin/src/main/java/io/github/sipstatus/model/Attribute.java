package io.github.sipstatus.model;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One of the table's own attributes (a column of the project's policy per code, such as whether a
 * dialer retries it), generated as an accessor of that name on every status.
 *
 * @param name         the accessor's name, lowerCamelCase and free in the generated {@code SipStatus}
 *                     ({@link AttributeNames#problem})
 * @param type         what kind of value it holds
 * @param values       an {@code enum} attribute's values in declared order, UPPER_SNAKE_CASE; empty for other types
 * @param defaultValue the value of a code that gives none, if the attribute has one
 * @param optional     whether a code may give no value, and the accessor then answers empty
 * @param description  what the attribute means, for the accessor's Javadoc
 */
public record Attribute(
        String name,
        Type type,
        List<String> values,
        Optional<AttributeValue> defaultValue,
        boolean optional,
        Optional<String> description) {

    /** The kinds of attribute a table can declare, by the word the table uses. */
    public enum Type {
        /** A Java {@code boolean}; never optional, since {@code false} is already "no". */
        BOOLEAN,
        /** A Java {@code int}. */
        INTEGER,
        /** One line of text, by the rules of a reason phrase. */
        STRING,
        /** One of the attribute's declared values, generated as a nested enum. */
        ENUM;

        /**
         * The word a table writes for this type.
         *
         * @return {@code boolean}, {@code integer}, {@code string} or {@code enum}
         */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Checks that the declaration makes sense on its own: a name the generated code can use, enum values
     * exactly for an enum, unique and well-formed, a default of the attribute's type, and not both a
     * default and {@code optional}.
     *
     * @param name         the accessor's name
     * @param type         what kind of value it holds
     * @param values       an {@code enum} attribute's values in declared order; empty for other types
     * @param defaultValue the value of a code that gives none, if the attribute has one
     * @param optional     whether a code may give no value
     * @param description  what the attribute means, for the accessor's Javadoc
     */
    public Attribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        values = List.copyOf(values);
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
        Optional<String> problem = AttributeNames.problem(name, type);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("attribute '" + name + "' " + problem.get());
        }
        if ((type == Type.ENUM) == values.isEmpty()) {
            throw new IllegalArgumentException("attribute '" + name + "': values belong to an enum attribute, and an"
                    + " enum attribute needs some");
        }
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (ConstantNames.shapeProblem(value).isPresent() || !seen.add(value)) {
                throw new IllegalArgumentException("attribute '" + name + "': bad or duplicate value " + value);
            }
        }
        if (defaultValue.isPresent() && optional) {
            throw new IllegalArgumentException("attribute '" + name + "' has a default and is optional");
        }
        if (optional && type == Type.BOOLEAN) {
            throw new IllegalArgumentException("attribute '" + name + "': a boolean cannot be optional");
        }
        if (defaultValue.isPresent()) {
            requireAccepted(name, type, values, defaultValue.get(), "its default");
        }
    }

    /**
     * Whether every code must give a value.
     *
     * @return true when the attribute has neither a default nor {@code optional}
     */
    public boolean required() {
        return defaultValue.isEmpty() && !optional;
    }

    /**
     * The name of the nested enum an {@code enum} attribute becomes: {@code outcome} is {@code Outcome}.
     *
     * @return the name in UpperCamelCase
     */
    public String enumTypeName() {
        return AttributeNames.enumTypeName(name);
    }

    /**
     * The value a code has: its own, else the default.
     *
     * @param code a code of the table
     * @return the value, or empty when the code gives none and the attribute is optional
     */
    public Optional<AttributeValue> valueOf(StatusCode code) {
        AttributeValue given = code.attributes().get(name);
        return given != null ? Optional.of(given) : defaultValue;
    }

    /**
     * Refuses a value that is not of this attribute's type, or an enum value it does not declare.
     *
     * @param value a value given for this attribute
     * @param whose whose value it is, for the message: {@code "code 486"}
     */
    void requireAccepted(AttributeValue value, String whose) {
        requireAccepted(name, type, values, value, whose);
    }

    private static String article(Type type) {
        return type == Type.INTEGER || type == Type.ENUM ? "an" : "a";
    }

    /** Static, since the constructor checks the default before the fields are set. */
    private static void requireAccepted(String name, Type type, List<String> values, AttributeValue value, String whose) {
        if (value.type() != type) {
            throw new IllegalArgumentException("attribute '" + name + "': " + whose + " is " + article(value.type()) + " "
                    + value.type().word() + ", not " + article(type) + " " + type.word());
        }
        if (value instanceof AttributeValue.EnumValue choice && !values.contains(choice.name())) {
            throw new IllegalArgumentException("attribute '" + name + "': " + whose + " is " + choice.name()
                    + ", which it does not declare");
        }
    }
}
