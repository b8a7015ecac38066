package io.github.sipstatus.model;

import java.util.Objects;

/**
 * One value of a table's own attribute for one code (or an attribute's default): a boolean, an
 * {@code int}, a one-line text, or the name of one of an enum attribute's values. A sealed type, so
 * that code generation handles every kind and a new kind cannot be forgotten.
 */
public sealed interface AttributeValue {

    /**
     * The kind of attribute this value belongs to.
     *
     * @return the type it is a value of
     */
    Attribute.Type type();

    /**
     * A {@code boolean} attribute's value.
     *
     * @param value the value
     */
    record BooleanValue(boolean value) implements AttributeValue {
        @Override
        public Attribute.Type type() {
            return Attribute.Type.BOOLEAN;
        }
    }

    /**
     * An {@code integer} attribute's value, a Java {@code int}.
     *
     * @param value the value
     */
    record IntegerValue(int value) implements AttributeValue {
        @Override
        public Attribute.Type type() {
            return Attribute.Type.INTEGER;
        }
    }

    /**
     * A {@code string} attribute's value: one line of text.
     *
     * @param value the text, never blank
     */
    record StringValue(String value) implements AttributeValue {
        /**
         * Requires a text.
         *
         * @param value the text, never blank
         */
        public StringValue {
            Objects.requireNonNull(value, "value");
            if (value.isBlank()) {
                throw new IllegalArgumentException("a string attribute's value is blank");
            }
        }

        @Override
        public Attribute.Type type() {
            return Attribute.Type.STRING;
        }
    }

    /**
     * An {@code enum} attribute's value: which of its declared values.
     *
     * @param name the value's name, UPPER_SNAKE_CASE
     */
    record EnumValue(String name) implements AttributeValue {
        /**
         * Requires a name.
         *
         * @param name the value's name, UPPER_SNAKE_CASE
         */
        public EnumValue {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public Attribute.Type type() {
            return Attribute.Type.ENUM;
        }
    }
}
