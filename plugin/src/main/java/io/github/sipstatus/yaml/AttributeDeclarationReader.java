package io.github.sipstatus.yaml;

import io.github.sipstatus.model.Attribute;
import io.github.sipstatus.model.AttributeNames;
import io.github.sipstatus.model.AttributeValue;
import io.github.sipstatus.model.ConstantNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one declaration under a table's {@code attributes}: its name, {@code type}, an enum's
 * {@code values}, and {@code default}, {@code optional} and {@code description}, each checked against
 * the others. {@link AttributeParser} keeps what was declared and reads the codes' values.
 */
final class AttributeDeclarationReader {

    static final List<String> DECLARATION_KEYS = List.of("type", "values", "default", "optional", "description");
    private static final List<String> DECLARATION_REQUIRED = List.of("type");
    /** Other languages' names of the types, too short or too far for a spelling suggestion. */
    private static final Map<String, String> TYPE_ALIASES = Map.of("bool", "boolean", "int", "integer", "long", "integer",
            "number", "integer", "str", "string", "text", "string");

    private final NodeReader reader;
    private final TextReader texts;
    private final AttributeValueReader valueReader;
    private final Set<String> refusedNames;

    /** @param refusedNames where the names refused as attribute names are added */
    AttributeDeclarationReader(NodeReader reader, TextReader texts, AttributeValueReader valueReader,
            Set<String> refusedNames) {
        this.reader = reader;
        this.texts = texts;
        this.valueReader = valueReader;
        this.refusedNames = refusedNames;
    }

    /**
     * One declaration, or empty when it has problems (each reported).
     *
     * @param nameNode where its name is, for a problem with the name
     */
    Optional<Attribute> read(String name, Node nameNode, Node node) {
        String context = "attribute '" + name + "': ";
        Optional<String> nameProblem = AttributeNames.problem(name, Attribute.Type.STRING);
        if (nameProblem.isPresent()) {
            reader.error(nameNode, "attribute '" + name + "' " + nameProblem.get() + (nameProblem.get().contains("taken")
                    ? " (the README lists the names an attribute cannot take)" : ""));
            refusedNames.add(name);
        }
        if (!(node instanceof MappingNode mapping)) {
            reader.error(node, context + "the declaration must be a mapping such as {type: boolean, default: false}, not "
                    + NodeReader.describe(node));
            return Optional.empty();
        }
        Map<String, Node> fields = reader.fields(mapping, context, DECLARATION_KEYS, DECLARATION_REQUIRED);
        Optional<Attribute.Type> type = fields.get("type") == null ? Optional.empty() : readType(fields.get("type"), context);
        boolean valid = nameProblem.isEmpty() && type.isPresent();
        if (type.isPresent() && type.get() == Attribute.Type.ENUM && nameProblem.isEmpty()) {
            Optional<String> typeProblem = AttributeNames.problem(name, Attribute.Type.ENUM);
            if (typeProblem.isPresent()) {
                reader.error(nameNode, "attribute '" + name + "' " + typeProblem.get() + "; choose another name");
                refusedNames.add(name);
                valid = false;
            }
        }
        List<String> values = List.of();
        Node valuesNode = fields.get("values");
        if (type.isPresent() && type.get() == Attribute.Type.ENUM) {
            if (valuesNode == null) {
                reader.error(mapping, context + "an enum attribute needs 'values', the list of its values, such as"
                        + " [BUSY, REJECTED]");
                valid = false;
            } else {
                Optional<List<String>> read = readEnumValues(valuesNode, context);
                valid &= read.isPresent();
                values = read.orElse(List.of());
            }
        } else if (valuesNode != null && type.isPresent()) {
            reader.error(NodeReader.keyNode(mapping, "values").orElse(valuesNode), context + "'values' belong to an enum"
                    + " attribute, and this one is " + article(type.get()) + " " + type.get().word());
            valid = false;
        }
        boolean optional = false;
        Node optionalNode = fields.get("optional");
        if (optionalNode != null) {
            Optional<Boolean> read = valueReader.readBoolean(optionalNode, context, "optional");
            valid &= read.isPresent();
            optional = read.orElse(false);
        }
        Node defaultNode = fields.get("default");
        Optional<AttributeValue> defaultValue = Optional.empty();
        if (defaultNode != null && type.isPresent() && (type.get() != Attribute.Type.ENUM || !values.isEmpty())) {
            defaultValue = valueReader.read(defaultNode, type.get(), values, context, "default");
            valid &= defaultValue.isPresent();
        }
        // One message at optional: a boolean's says what to do with a default too.
        if (optional && type.isPresent() && type.get() == Attribute.Type.BOOLEAN) {
            reader.error(optionalNode, context + "a boolean cannot be optional: a code without a value would be"
                    + " neither true nor false; give it a default, such as default: false");
            valid = false;
        } else if (optional && defaultNode != null) {
            reader.error(optionalNode, context + "an attribute with a default is never empty; give either a default"
                    + " or optional: true");
            valid = false;
        }
        Optional<String> description = fields.get("description") == null ? Optional.empty()
                : texts.multiLine(fields.get("description"), context, "description");
        valid &= fields.get("description") == null || description.isPresent();
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new Attribute(name, type.get(), values, defaultValue, optional, description));
    }

    private Optional<Attribute.Type> readType(Node node, String context) {
        Optional<String> word = reader.string(node, context, "type");
        if (word.isEmpty()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        for (Attribute.Type type : Attribute.Type.values()) {
            if (type.word().equals(word.get())) {
                return Optional.of(type);
            }
            words.add(type.word());
        }
        Optional<String> closest = Suggestions.closest(word.get(), words);
        if (closest.isEmpty() && TYPE_ALIASES.containsKey(word.get())) {
            closest = Optional.of(TYPE_ALIASES.get(word.get()));
        }
        reader.error(node, context + "type '" + word.get() + "' is not an attribute type" + (closest.isPresent()
                ? " (did you mean '" + closest.get() + "'?)" : "; the types are " + String.join(", ", words)));
        return Optional.empty();
    }

    private Optional<List<String>> readEnumValues(Node node, String context) {
        Optional<SequenceNode> sequence = reader.sequence(node, context, "values");
        if (sequence.isEmpty()) {
            return Optional.empty();
        }
        if (sequence.get().getValue().isEmpty()) {
            reader.error(node, context + "values is empty; an enum attribute needs at least one value");
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        Map<String, Node> seen = new HashMap<>();
        boolean valid = true;
        for (Node item : sequence.get().getValue()) {
            if (NodeReader.isNull(item)) {
                reader.error(item, context + "values has an empty entry; write a value's name there, such as BUSY");
                valid = false;
                continue;
            }
            Optional<String> value = reader.string(item, context, "value");
            if (value.isEmpty()) {
                valid = false;
                continue;
            }
            Optional<String> problem = ConstantNames.shapeProblem(value.get());
            if (problem.isPresent()) {
                reader.error(item, context + "value '" + value.get() + "' " + problem.get() + " (it becomes a constant of"
                        + " the nested enum)");
                valid = false;
                continue;
            }
            Node first = seen.putIfAbsent(value.get(), item);
            if (first != null) {
                reader.error(item, context + "value " + value.get() + " is listed twice (first at line "
                        + reader.line(first) + ")");
                valid = false;
                continue;
            }
            values.add(value.get());
        }
        return valid ? Optional.of(values) : Optional.empty();
    }

    private static String article(Attribute.Type type) {
        return type == Attribute.Type.INTEGER || type == Attribute.Type.ENUM ? "an" : "a";
    }
}
