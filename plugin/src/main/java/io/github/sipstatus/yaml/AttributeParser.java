package io.github.sipstatus.yaml;

import io.github.sipstatus.model.Attribute;
import io.github.sipstatus.model.AttributeValue;
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

/**
 * Reads a table's own {@code attributes}, their declarations (each with {@link AttributeDeclarationReader}),
 * and each code's values for them:
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
 * the whole list of codes, inherited ones included, is known, and so is whether the generated enum can
 * hold them all ({@link #checkSize}).
 */
final class AttributeParser {

    /**
     * At most this many attributes: each is a parameter of {@code SipStatus}'s constructor, and a Java
     * method takes at most 255 (the constructor's own parameters and the enum's name and ordinal count too).
     */
    static final int MAX_ATTRIBUTES = 100;
    /**
     * At most this many values, codes times attributes: every constant is made in the enum's static
     * initializer with a value of each attribute, some 6 bytes of bytecode each, and a Java method has at
     * most 64 KiB of code. 600 codes with 14 attributes still compile (with 15 javac says "code too
     * large"); this leaves room for the rest of each constant.
     */
    static final int MAX_VALUES = 6000;

    /** A declaration that could be read, and where it is. */
    private record Declared(Attribute attribute, Node at) {}

    /** Where a code of this file is, and how messages about it start. */
    private record CodeEntry(Node at, String context) {}

    private final NodeReader reader;
    private final AttributeValueReader valueReader;
    private final AttributeDeclarationReader declarations;
    private final Map<String, Declared> declared = new LinkedHashMap<>();
    /** Attributes whose declaration has problems: their values are not checked, the declaration's problem is the one. */
    private final Set<String> unreadable = new LinkedHashSet<>();
    /** Of those, the names that are themselves refused: a code's value under another spelling may be meant for one. */
    private final Set<String> refusedNames = new LinkedHashSet<>();
    /** The {@code attributes} key, when the table has one. */
    private Node declarationsKey;
    /** The table has {@code attributes} that are not a mapping: no code's value can be checked against them. */
    private boolean declarationsUnreadable;
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
        this.valueReader = new AttributeValueReader(reader, texts);
        this.declarations = new AttributeDeclarationReader(reader, texts, valueReader, refusedNames);
    }

    /**
     * The table's {@code attributes}.
     *
     * @param key  the {@code attributes} key, or null when the table has none
     * @param node its value, or null
     */
    void readDeclarations(Node key, Node node) {
        declarationsKey = key;
        if (node == null || NodeReader.isNull(node)) {
            return;
        }
        Optional<MappingNode> mapping = reader.mapping(node, "", "'attributes'");
        if (mapping.isEmpty()) {
            declarationsUnreadable = true;
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
            Optional<Attribute> attribute = declarations.read(name.get(), tuple.getKeyNode(), tuple.getValueNode());
            if (attribute.isPresent()) {
                declared.put(name.get(), new Declared(attribute.get(), tuple.getKeyNode()));
            } else {
                unreadable.add(name.get());
            }
        }
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
                // Not reported when the declarations could not be read: it may be one of them.
                if (!unreadable.contains(name.get()) && !declarationsUnreadable) {
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
        Optional<String> refused = Suggestions.closest(name, new ArrayList<>(refusedNames));
        if (refused.isPresent()) {
            // Meant for a declaration whose name is refused ('Retryable'): that declaration's message is the one.
            return refused;
        }
        List<String> names = new ArrayList<>(declared.keySet());
        for (String unreadableName : unreadable) {
            if (!refusedNames.contains(unreadableName)) {
                names.add(unreadableName);
            }
        }
        if (names.isEmpty() && !refusedNames.isEmpty()) {
            reader.error(at, context + "unknown attribute '" + name + "', and none of the table's declarations could"
                    + " be read");
            return Optional.empty();
        }
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

    /**
     * Reports a table whose attributes the generated {@code SipStatus} could not hold: more than
     * {@link #MAX_ATTRIBUTES}, or more than {@link #MAX_VALUES} values for its codes, inherited ones
     * included. Counted over every declaration, read or not, so a fix elsewhere does not bring it up later.
     */
    void checkSize(int codes) {
        int attributes = declared.size() + unreadable.size();
        if (attributes > MAX_ATTRIBUTES) {
            reader.error(declarationsKey, "'attributes' declares " + attributes + " attributes, more than the "
                    + MAX_ATTRIBUTES + " a table may have (each is a parameter of SipStatus's constructor, and a Java"
                    + " method takes at most 255)");
        } else if ((long) attributes * codes > MAX_VALUES) {
            reader.error(declarationsKey, "'attributes': " + attributes + " attributes for " + codes + " codes are "
                    + attributes * codes + " values, more than the " + MAX_VALUES + " the generated SipStatus can hold"
                    + " (its constants are made in one method, and a Java method has at most 64 KiB of code);"
                    + " declare at most " + MAX_VALUES / codes + " attributes for this many codes");
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
}
