package io.github.sipstatus.yaml;

import io.github.sipstatus.model.Attribute;
import io.github.sipstatus.model.AttributeNames;
import io.github.sipstatus.model.AttributeValue;
import io.github.sipstatus.model.ConstantNames;
import io.github.sipstatus.yaml.TableDraft.DraftCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a table's own {@code attributes}, their declarations, and each code's values for them:
 *
 * <pre>
 * attributes:
 *   retryable: {type: boolean, default: false, description: "Whether the dialer retries the call later."}
 *   outcome:   {type: enum, values: [BUSY, REJECTED, FAILED], default: FAILED}
 *   alarmLevel: {type: integer, optional: true}
 * codes:
 *   - code: 486
 *     attributes: {retryable: true, outcome: BUSY}
 * </pre>
 *
 * Values live in a code's own {@code attributes} mapping, so an attribute's name never collides with
 * the table's keys. Whether every code has a value it needs is checked by {@link #checkRequired} once
 * the whole list of codes, inherited ones included, is known.
 */
final class AttributeParser {

    static final List<String> DECLARATION_KEYS = List.of("type", "values", "default", "optional", "description");
    private static final List<String> DECLARATION_REQUIRED = List.of("type");
    /** Other languages' names of the types, too short or too far for a spelling suggestion. */
    private static final Map<String, String> TYPE_ALIASES = Map.of("bool", "boolean", "int", "integer", "long", "integer",
            "number", "integer", "str", "string", "text", "string");

    /** A declaration that could be read, and where it is. */
    private record Declared(Attribute attribute, Node at) {}

    /** Where a code of this file is, and how messages about it start. */
    private record CodeEntry(Node at, String context) {}

    private final NodeReader reader;
    private final TextReader texts;
    private final AttributeValueReader valueReader;
    private final Map<String, Declared> declared = new LinkedHashMap<>();
    /** Attributes whose declaration has problems: their values are not checked, the declaration's problem is the one. */
    private final Set<String> unreadable = new LinkedHashSet<>();
    private final Map<Integer, Map<String, AttributeValue>> codeValues = new LinkedHashMap<>();
    private final Map<Integer, CodeEntry> entries = new HashMap<>();
    /** Codes whose {@code attributes} cannot be read at all: any value they lack may be one written wrong. */
    private final Set<Integer> unreadableCodes = new HashSet<>();
    /**
     * Per code, the attributes it meant to give but wrote wrong (a bad value, or a misspelt name with a
     * "did you mean"): reported once, not again as missing.
     */
    private final Map<Integer, Set<String>> attempted = new HashMap<>();

    AttributeParser(NodeReader reader, TextReader texts) {
        this.reader = reader;
        this.texts = texts;
        this.valueReader = new AttributeValueReader(reader, texts);
    }

    /** The table's {@code attributes}, or null when it has none. */
    void readDeclarations(Node node) {
        if (node == null || NodeReader.isNull(node)) {
            return;
        }
        Optional<MappingNode> mapping = reader.mapping(node, "", "'attributes'");
        if (mapping.isEmpty()) {
            return;
        }
        Map<String, Node> names = new HashMap<>();
        for (NodeTuple tuple : mapping.get().getValue()) {
            Optional<String> name = reader.string(tuple.getKeyNode(), "", "an attribute's name");
            if (name.isEmpty()) {
                continue;
            }
            Node first = names.putIfAbsent(name.get(), tuple.getKeyNode());
            if (first != null) {
                reader.error(tuple.getKeyNode(), "attribute '" + name.get() + "' is declared twice (first at line "
                        + reader.line(first) + ")");
                continue;
            }
            Optional<Attribute> attribute = readDeclaration(name.get(), tuple.getKeyNode(), tuple.getValueNode());
            if (attribute.isPresent()) {
                declared.put(name.get(), new Declared(attribute.get(), tuple.getKeyNode()));
            } else {
                unreadable.add(name.get());
            }
        }
    }

    private Optional<Attribute> readDeclaration(String name, Node nameNode, Node node) {
        String context = "attribute '" + name + "': ";
        Optional<String> nameProblem = AttributeNames.problem(name, Attribute.Type.STRING);
        if (nameProblem.isPresent()) {
            reader.error(nameNode, "attribute '" + name + "' " + nameProblem.get() + (nameProblem.get().contains("taken")
                    ? " (the README lists the names an attribute cannot take)" : ""));
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
        if (optional && defaultNode != null) {
            reader.error(optionalNode, context + "an attribute with a default is never empty; give either a default"
                    + " or optional: true");
            valid = false;
        }
        if (optional && type.isPresent() && type.get() == Attribute.Type.BOOLEAN) {
            reader.error(optionalNode, context + "a boolean cannot be optional: a code without a value would be"
                    + " neither true nor false; give it a default, such as default: false");
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

    /**
     * A code's {@code attributes}; called for every code entry the file has, with null when it gives none.
     *
     * @param entry   the code's entry, where a value it lacks is reported
     * @param context how messages about the code start: {@code "code 486: "}
     */
    void readCodeValues(int code, Node node, MappingNode entry, String context) {
        entries.put(code, new CodeEntry(entry, context));
        if (node == null) {
            return;
        }
        Optional<MappingNode> mapping = reader.mapping(node, context, "attributes");
        if (mapping.isEmpty()) {
            unreadableCodes.add(code);
            return;
        }
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        Map<String, Node> keys = new HashMap<>();
        for (NodeTuple tuple : mapping.get().getValue()) {
            Optional<String> name = reader.string(tuple.getKeyNode(), context, "an attribute's name");
            if (name.isEmpty()) {
                unreadableCodes.add(code);
                continue;
            }
            Node first = keys.putIfAbsent(name.get(), tuple.getKeyNode());
            if (first != null) {
                reader.error(tuple.getKeyNode(), context + "attribute '" + name.get() + "' is given twice (first at line "
                        + reader.line(first) + ")");
                continue;
            }
            Declared attribute = declared.get(name.get());
            if (attribute == null) {
                if (!unreadable.contains(name.get())) {
                    Optional<String> meant = reportUnknown(tuple.getKeyNode(), name.get(), context);
                    if (meant.isPresent()) {
                        attempt(code, meant.get());
                    }
                }
                continue;
            }
            Optional<AttributeValue> value = valueReader.read(tuple.getValueNode(), attribute.attribute().type(),
                    attribute.attribute().values(), context, "attribute '" + name.get() + "'");
            if (value.isPresent()) {
                values.put(name.get(), value.get());
            } else {
                attempt(code, name.get());
            }
        }
        codeValues.put(code, values);
    }

    private void attempt(int code, String attribute) {
        Set<String> names = attempted.get(code);
        if (names == null) {
            names = new HashSet<>();
            attempted.put(code, names);
        }
        names.add(attribute);
    }

    /** Reports a name the table does not declare; returns the declared one it suggests instead, if any. */
    private Optional<String> reportUnknown(Node at, String name, String context) {
        List<String> names = new ArrayList<>(declared.keySet());
        names.addAll(unreadable);
        if (names.isEmpty()) {
            reader.error(at, context + "unknown attribute '" + name + "': the table declares no attributes (declare"
                    + " them under 'attributes' at the top of the table)");
            return Optional.empty();
        }
        Optional<String> closest = Suggestions.closest(name, names);
        reader.error(at, context + "unknown attribute '" + name + "'" + (closest.isPresent()
                ? " (did you mean '" + closest.get() + "'?)" : "; the table declares " + String.join(", ", names)));
        return closest;
    }

    /**
     * Every code has a value for each attribute that has neither a default nor {@code optional}: a code of
     * this file at its entry, the inherited codes the file leaves alone together, at the declaration.
     */
    void checkRequired(List<DraftCode> codes, BaseTable base) {
        for (Declared attribute : declared.values()) {
            if (!attribute.attribute().required()) {
                continue;
            }
            String name = attribute.attribute().name();
            List<String> inherited = new ArrayList<>();
            for (DraftCode code : codes) {
                if (unreadableCodes.contains(code.code()) || codeValues.getOrDefault(code.code(), Map.of()).containsKey(name)
                        || attempted.getOrDefault(code.code(), Set.of()).contains(name)) {
                    continue;
                }
                CodeEntry entry = entries.get(code.code());
                if (entry != null) {
                    reader.error(entry.at(), entry.context() + "no value for attribute '" + name + "', which has"
                            + " neither a default nor optional: true (line " + reader.line(attribute.at()) + ")");
                } else {
                    inherited.add(Integer.toString(code.code()));
                }
            }
            if (!inherited.isEmpty() && base != null) {
                boolean one = inherited.size() == 1;
                reader.error(attribute.at(), "attribute '" + name + "' has neither a default nor optional: true, so every"
                        + " code needs a value, and " + inherited.size() + (one ? " code of the " : " codes of the ")
                        + base.table().tableName() + (one ? " has" : " have") + " none: " + String.join(", ", inherited)
                        + "; give it a default, or list each code with its value");
            }
        }
    }

    /** The attributes that could be read, in declared order. */
    List<Attribute> attributes() {
        List<Attribute> attributes = new ArrayList<>();
        for (Declared attribute : declared.values()) {
            attributes.add(attribute.attribute());
        }
        return attributes;
    }

    /** Each code's values as this file gives them, by code. */
    Map<Integer, Map<String, AttributeValue>> codeValues() {
        return codeValues;
    }

    private static String article(Attribute.Type type) {
        return type == Attribute.Type.INTEGER || type == Attribute.Type.ENUM ? "an" : "a";
    }
}
