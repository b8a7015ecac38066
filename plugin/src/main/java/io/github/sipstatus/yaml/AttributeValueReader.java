package io.github.sipstatus.yaml;

import io.github.sipstatus.model.Attribute;
import io.github.sipstatus.model.AttributeValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one value of a table's own attribute, a code's or a default, as its type wants it. Stricter
 * than YAML: a boolean is {@code true} or {@code false} (YAML 1.1's {@code yes}, {@code no}, {@code on}
 * and {@code off} are not booleans in YAML 1.2, and a reader of the table should not have to know
 * which), and a number is a plain decimal {@code int}.
 */
final class AttributeValueReader {

    /** YAML 1.2's booleans. YAML 1.1 (SnakeYAML's) also reads yes, no, on and off as booleans. */
    private static final Set<String> BOOLEAN_WORDS = Set.of("true", "True", "TRUE", "false", "False", "FALSE");
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");

    private final NodeReader reader;
    private final TextReader texts;

    AttributeValueReader(NodeReader reader, TextReader texts) {
        this.reader = reader;
        this.texts = texts;
    }

    /**
     * A value of an attribute, or its default.
     *
     * @param subject what the value is, after the context: {@code "attribute 'retryable'"} or {@code "default"}
     */
    Optional<AttributeValue> read(Node node, Attribute.Type type, List<String> values, String context,
            String subject) {
        switch (type) {
            case BOOLEAN: {
                Optional<Boolean> value = readBoolean(node, context, subject);
                return value.isPresent() ? Optional.of(new AttributeValue.BooleanValue(value.get())) : Optional.empty();
            }
            case INTEGER:
                return readInteger(node, context, subject);
            case STRING: {
                if (isYamlBoolean(node, List.of(), context, subject)) {
                    return Optional.empty();
                }
                Optional<String> text = texts.singleLine(node, context, subject);
                return text.isPresent() ? Optional.of(new AttributeValue.StringValue(text.get())) : Optional.empty();
            }
            default: {
                if (isYamlBoolean(node, values, context, subject)) {
                    return Optional.empty();
                }
                Optional<String> name = reader.string(node, context, subject);
                if (name.isEmpty()) {
                    return Optional.empty();
                }
                if (values.contains(name.get())) {
                    return Optional.of(new AttributeValue.EnumValue(name.get()));
                }
                Optional<String> closest = Suggestions.closest(name.get(), values);
                reader.error(node, context + subject + ": '" + name.get() + "' is not one of its values" + (closest.isPresent()
                        ? " (did you mean '" + closest.get() + "'?)" : "; they are " + String.join(", ", values)));
                return Optional.empty();
            }
        }
    }

    /**
     * Reports a text or enum value that YAML reads as a boolean ({@code no}, {@code on}, {@code true}).
     * {@link NodeReader#string} would too, but its message reads as one about a key ("reason 'on'"),
     * not about the value of a named attribute. For an enum it suggests the declared value it is nearest
     * ({@code off} for a declared {@code OFF}), which needs quotes too, or, when none is near, lists them.
     *
     * @param values an enum's values, or none
     */
    private boolean isYamlBoolean(Node node, List<String> values, String context, String subject) {
        if (NodeReader.isYamlBoolean(node)) {
            String written = ((ScalarNode) node).getValue();
            Optional<String> meant = values.isEmpty() ? Optional.of(written) : Suggestions.closest(written, values);
            if (meant.isPresent()) {
                reader.error(node, context + subject + ": '" + written + "' is read by YAML as a boolean; write \""
                        + meant.get() + "\" in quotes");
            } else {
                // Quoting it would not help: it is no value of the enum either.
                reader.error(node, context + subject + ": '" + written + "' is not one of its values; they are "
                        + String.join(", ", values));
            }
            return true;
        }
        return false;
    }

    /** Only {@code true} or {@code false}: what YAML 1.1 alone reads as a boolean would read otherwise elsewhere. */
    Optional<Boolean> readBoolean(Node node, String context, String subject) {
        if (!(node instanceof ScalarNode scalar)) {
            reader.error(node, context + subject + " must be true or false, not " + NodeReader.describe(node));
            return Optional.empty();
        }
        if (NodeReader.isNull(node)) {
            reader.error(node, context + subject + " has no value; write true or false");
            return Optional.empty();
        }
        String value = scalar.getValue();
        boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
        // Plain and read as a boolean: not quoted, and not tagged !!str either.
        boolean yamlBoolean = NodeReader.isYamlBoolean(node);
        if (yamlBoolean && BOOLEAN_WORDS.contains(value)) {
            return Optional.of(value.equalsIgnoreCase("true"));
        }
        if (yamlBoolean) {
            reader.error(node, context + subject + ": '" + value + "' is a boolean only in YAML 1.1; write true or false");
        } else if (BOOLEAN_WORDS.contains(value)) {
            reader.error(node, context + subject + " must be true or false, and " + (plain ? "!!str " + value
                    : "\"" + value + "\"") + " is a string; remove the " + (plain ? "!!str tag" : "quotes"));
        } else {
            reader.error(node, context + subject + " must be true or false, not '" + value + "'");
        }
        return Optional.empty();
    }

    private Optional<AttributeValue> readInteger(Node node, String context, String subject) {
        if (!(node instanceof ScalarNode scalar)) {
            reader.error(node, context + subject + " must be a whole number, not " + NodeReader.describe(node));
            return Optional.empty();
        }
        if (NodeReader.isNull(node)) {
            reader.error(node, context + subject + " has no value; write a whole number such as 3");
            return Optional.empty();
        }
        String value = scalar.getValue();
        boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
        // Plain and read as an integer: not quoted, and not tagged !!str either.
        boolean yamlInteger = plain && scalar.getTag().equals(Tag.INT);
        boolean decimal = INTEGER.matcher(value).matches();
        if (yamlInteger && decimal) {
            // At most 11 characters fit an int; a longer number is out of range, and parseLong could overflow.
            long number = value.length() <= 11 ? Long.parseLong(value) : Long.MAX_VALUE;
            if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
                reader.error(node, context + subject + ": " + value + " does not fit a Java int ("
                        + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")");
                return Optional.empty();
            }
            return Optional.of(new AttributeValue.IntegerValue((int) number));
        }
        if (decimal) {
            reader.error(node, context + subject + " must be a number; remove the " + (plain ? "!!str tag of '"
                    : "quotes around '") + value + "'");
        } else if (yamlInteger) {
            reader.error(node, context + subject + ": '" + value + "' must be a plain decimal number such as 3 or -1");
        } else {
            reader.error(node, context + subject + " must be a whole number, not '" + value + "'");
        }
        return Optional.empty();
    }
}
