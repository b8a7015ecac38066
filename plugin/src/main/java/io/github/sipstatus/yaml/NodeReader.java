package io.github.sipstatus.yaml;

import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.DiagnosticCollector;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.diagnostics.Position;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed, positioned access to a composed YAML tree. Each accessor either returns the value or records
 * a problem at the node and returns empty, so a loader reads on and finds every problem in one pass.
 * Every message starts with a context such as {@code "code 486: "} that says where in the table it is.
 */
final class NodeReader {

    /** Compiled once: {@code String.matches} would compile its pattern on every call, in a cold JVM. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("0|[1-9][0-9]{0,8}");
    private static final Pattern PLAIN_POSITIVE = Pattern.compile("[1-9][0-9]{0,8}");
    private static final Pattern OCTAL = Pattern.compile("[-+]?0[0-7]+");

    private static final Set<Tag> DATA_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

    private final String file;
    private final DiagnosticCollector problems;

    NodeReader(String file, DiagnosticCollector problems) {
        this.file = file;
        this.problems = problems;
    }

    void error(Node at, String message) {
        Mark mark = at.getStartMark();
        problems.add(new Diagnostic(file, mark.getLine() + 1, mark.getColumn() + 1, message));
    }

    Position position(Node node) {
        Mark mark = node.getStartMark();
        return new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    String file() {
        return file;
    }

    int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /**
     * Refuses what a table never needs and a hostile file might use: tags that name Java types (the
     * classic SnakeYAML deserialization attack) and anchors, the building block of "billion laughs".
     */
    void refuseTagsAndAnchors(Node node) {
        refuseTagsAndAnchors(node, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private void refuseTagsAndAnchors(Node node, Set<Node> seen) {
        if (!seen.add(node)) {
            return; // an alias: the anchor was reported where it is defined, and walking it again could explode
        }
        if (!DATA_TAGS.contains(node.getTag())) {
            String tag = node.getTag().getValue();
            String shown = tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
            error(node, "tag " + shown + " is not allowed: a table is plain data, and tags that name"
                    + " types are how YAML files make loaders create objects");
        }
        if (node.getAnchor() != null) {
            error(node, "anchor &" + node.getAnchor() + " is not allowed: write the value out where it is used");
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                refuseTagsAndAnchors(tuple.getKeyNode(), seen);
                refuseTagsAndAnchors(tuple.getValueNode(), seen);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                refuseTagsAndAnchors(item, seen);
            }
        }
    }

    /** The value of a plain decimal scalar under {@code key}, without reporting anything: for contexts. */
    OptionalInt peekDecimal(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
                    && tuple.getValueNode() instanceof ScalarNode v
                    && v.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && PLAIN_POSITIVE.matcher(v.getValue()).matches()) {
                return OptionalInt.of(Integer.parseInt(v.getValue()));
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The root of a file as a mapping. A file with type tags or aliases is not read further (what it
     * means is not what it shows), nor one whose root is not a mapping: there is nothing to read on.
     */
    MappingNode rootMapping(Node root, String what) throws InvalidInputException {
        refuseTagsAndAnchors(root);
        problems.throwIfAny();
        Optional<MappingNode> mapping = mapping(root, "", what);
        problems.throwIfAny();
        return mapping.orElseThrow();
    }

    Optional<MappingNode> mapping(Node node, String context, String what) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(mapping);
        }
        error(node, context + what + " must be a mapping of keys to values, not " + describe(node));
        return Optional.empty();
    }

    Optional<SequenceNode> sequence(Node node, String context, String what) {
        if (node instanceof SequenceNode sequence) {
            return Optional.of(sequence);
        }
        error(node, context + what + " must be a list, such as [a, b] or lines starting with '- ', not "
                + describe(node));
        return Optional.empty();
    }

    /**
     * The fields of a mapping by key, in file order. Reports keys that are not scalars, keys given twice
     * (SnakeYAML's composer keeps both silently), unknown keys with a near-miss suggestion, and missing
     * required keys.
     */
    Map<String, Node> fields(MappingNode mapping, String context, Collection<String> allowed,
            Collection<String> required) {
        return fields(mapping, context, allowed, required, "");
    }

    /**
     * As {@link #fields(MappingNode, String, Collection, Collection)}, with {@code why} (such as
     * {@code " (a new code: ...)"}) after each missing required key, for keys that are required only sometimes.
     */
    Map<String, Node> fields(MappingNode mapping, String context, Collection<String> allowed,
            Collection<String> required, String why) {
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, Node> keys = new LinkedHashMap<>();
        Set<String> suggested = new java.util.HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Optional<String> key = string(tuple.getKeyNode(), context, "a key");
            if (key.isEmpty()) {
                continue;
            }
            String name = key.get();
            if (keys.containsKey(name)) {
                error(tuple.getKeyNode(), context + "key '" + name + "' is given twice (first at line "
                        + line(keys.get(name)) + ")");
                continue;
            }
            keys.put(name, tuple.getKeyNode());
            if (!allowed.contains(name)) {
                Optional<String> closest = Suggestions.closest(name, allowed);
                String suggestion;
                if (closest.isPresent()) {
                    suggested.add(closest.get());
                    suggestion = " (did you mean '" + closest.get() + "'?)";
                } else {
                    suggestion = "; known keys: " + String.join(", ", allowed);
                }
                error(tuple.getKeyNode(), context + "unknown key '" + name + "'" + suggestion);
                continue;
            }
            fields.put(name, tuple.getValueNode());
        }
        for (String name : required) {
            // A misspelt required key is one mistake: the "did you mean" already says what is missing.
            if (!keys.containsKey(name) && !suggested.contains(name)) {
                error(mapping, context + "missing required key '" + name + "'" + why);
            }
        }
        return fields;
    }

    /** The key node of {@code key} in a mapping, without reporting anything. */
    static Optional<Node> keyNode(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                return Optional.of(tuple.getKeyNode());
            }
        }
        return Optional.empty();
    }

    /** Whether a node is an unquoted null: a key with nothing after it, or {@code ~} or {@code null}. */
    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)
                && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    }

    /**
     * Whether a node is an unquoted, untagged scalar that YAML 1.1 reads as a boolean: {@code true}, but
     * also {@code yes}, {@code no}, {@code on} and {@code off}.
     */
    static boolean isYamlBoolean(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)
                && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    }

    /**
     * A text. Numbers and dates are taken as written (a name may be "2024"), but YAML 1.1's booleans
     * and nulls are not: an unquoted {@code no} is the Norwegian locale to a person and {@code false}
     * to YAML, so the user is asked to quote it.
     */
    Optional<String> string(Node node, String context, String what) {
        if (!(node instanceof ScalarNode scalar)) {
            error(node, context + what + " must be a single value, not " + describe(node));
            return Optional.empty();
        }
        Tag tag = scalar.getTag();
        boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
        if (isYamlBoolean(node)) {
            error(node, context + what + " '" + scalar.getValue() + "' is read by YAML as a boolean; write \""
                    + scalar.getValue() + "\" in quotes");
            return Optional.empty();
        }
        if (plain && tag.equals(Tag.NULL)) {
            error(node, context + what + " has no value");
            return Optional.empty();
        }
        return Optional.of(scalar.getValue());
    }

    /**
     * A whole number written in plain decimal. YAML 1.1 also reads {@code 0755} as octal 493 and
     * {@code 1_000} as 1000; in a table of status codes either is far more likely a typo than intent.
     */
    OptionalInt decimal(Node node, String context, String what) {
        if (!(node instanceof ScalarNode scalar)) {
            error(node, context + what + " must be a number, not " + describe(node));
            return OptionalInt.empty();
        }
        String value = scalar.getValue();
        boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
        if (plain && PLAIN_DECIMAL.matcher(value).matches()) {
            return OptionalInt.of(Integer.parseInt(value));
        }
        if (!plain) {
            error(node, context + what + " must be a number; remove the quotes around '" + value + "'");
        } else if (scalar.getTag().equals(Tag.INT)) {
            String reading = value.contains("_") ? "ignores its '_'"
                    : OCTAL.matcher(value).matches() ? "reads it as an octal number"
                    : "reads it in another base or with a sign";
            error(node, context + what + " '" + value + "' must be a plain decimal number: YAML 1.1 " + reading);
        } else {
            error(node, context + what + " must be a whole number, not '" + value + "'");
        }
        return OptionalInt.empty();
    }

    /** What a node is, for a message: {@code a list}, {@code nothing}, {@code 'abc'}. */
    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        if (scalar.getTag().equals(Tag.NULL) && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN) {
            return "nothing";
        }
        return "'" + scalar.getValue() + "'";
    }
}
