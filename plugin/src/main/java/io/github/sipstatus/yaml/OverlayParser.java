package io.github.sipstatus.yaml;

import io.github.sipstatus.diagnostics.DiagnosticCollector;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.diagnostics.Position;
import io.github.sipstatus.model.ResponseClass;
import io.github.sipstatus.yaml.OverlayDraft.Located;
import io.github.sipstatus.yaml.OverlayDraft.OverlayCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads an overlay: a file that adds a locale to a table, or rewords some of its texts, without a
 * copy of the table.
 *
 * <pre>
 * schema: 1
 * locale: de
 * categories: {4: Client-Fehler}
 * codes:
 *   486: {message: Besetzt, hint: "..."}
 * </pre>
 */
final class OverlayParser {

    private static final List<String> ROOT_KEYS = List.of("schema", "locale", "categories", "codes");
    private static final List<String> ROOT_REQUIRED = List.of("schema", "locale");
    private static final List<String> CODE_KEYS = List.of("message", "hint");

    private final DiagnosticCollector problems = new DiagnosticCollector();
    private final NodeReader reader;
    private final TextReader texts;

    private OverlayParser(String file) {
        this.reader = new NodeReader(file, problems);
        this.texts = new TextReader(reader);
    }

    static OverlayDraft parse(String file, byte[] bytes) throws InvalidInputException {
        Node root = YamlDocumentParser.parse(file, bytes);
        return new OverlayParser(file).read(root);
    }

    private OverlayDraft read(Node root) throws InvalidInputException {
        MappingNode mapping = reader.rootMapping(root, "an overlay");
        Map<String, Node> fields = reader.fields(mapping, "", ROOT_KEYS, ROOT_REQUIRED);
        Optional.ofNullable(fields.get("schema")).ifPresent(node -> SchemaVersion.check(reader, node));
        Optional<Locale> locale = Optional.ofNullable(fields.get("locale"))
                .flatMap(node -> texts.locale(node, "", "locale"));
        Map<ResponseClass, Located> titles = new LinkedHashMap<>();
        Optional.ofNullable(fields.get("categories")).flatMap(node -> reader.mapping(node, "", "'categories'"))
                .ifPresent(categories -> readTitles(categories, titles));
        Map<Integer, OverlayCode> codes = new LinkedHashMap<>();
        Optional.ofNullable(fields.get("codes")).flatMap(node -> reader.mapping(node, "", "'codes'"))
                .ifPresent(codeMap -> readCodes(codeMap, codes));
        problems.throwIfAny();
        Position titlesAt = reader.position(keyNode(mapping, "categories").orElse(mapping));
        Position missingAt = reader.position(keyNode(mapping, "codes").orElse(mapping));
        return new OverlayDraft(reader.file(), locale.orElseThrow(), titles, codes, titlesAt, missingAt);
    }

    private void readTitles(MappingNode categories, Map<ResponseClass, Located> titles) {
        for (NodeTuple tuple : categories.getValue()) {
            OptionalInt digit = reader.decimal(tuple.getKeyNode(), "categories: ", "class");
            if (digit.isEmpty()) {
                continue;
            }
            if (digit.getAsInt() < 1 || digit.getAsInt() > 6) {
                reader.error(tuple.getKeyNode(), "category: class " + digit.getAsInt() + " is not a SIP response class (1 to 6)");
                continue;
            }
            String context = "category " + digit.getAsInt() + ": ";
            texts.singleLine(tuple.getValueNode(), context, "title").ifPresent(title -> {
                Located previous = titles.put(ResponseClass.ofDigit(digit.getAsInt()),
                        new Located(title, reader.position(tuple.getValueNode())));
                if (previous != null) {
                    reader.error(tuple.getKeyNode(), context + "given twice (first at line " + previous.at().line() + ")");
                }
            });
        }
    }

    private void readCodes(MappingNode codeMap, Map<Integer, OverlayCode> codes) {
        for (NodeTuple tuple : codeMap.getValue()) {
            OptionalInt code = reader.decimal(tuple.getKeyNode(), "codes: ", "code");
            if (code.isEmpty()) {
                continue;
            }
            String context = "code " + code.getAsInt() + ": ";
            if (codes.containsKey(code.getAsInt())) {
                reader.error(tuple.getKeyNode(), context + "given twice (first at line " + codes.get(code.getAsInt()).at().line() + ")");
                continue;
            }
            reader.mapping(tuple.getValueNode(), context, "the texts of a code").ifPresent(entry -> {
                Map<String, Node> fields = reader.fields(entry, context, CODE_KEYS, List.of());
                Optional<String> message = Optional.ofNullable(fields.get("message"))
                        .flatMap(node -> texts.singleLine(node, context, "message"));
                Optional<String> hint = Optional.ofNullable(fields.get("hint"))
                        .flatMap(node -> texts.multiLine(node, context, "hint"));
                if (fields.isEmpty()) {
                    reader.error(entry, context + "give a 'message', a 'hint' or both");
                }
                codes.put(code.getAsInt(), new OverlayCode(message, hint, reader.position(entry)));
            });
        }
    }

    private static Optional<Node> keyNode(MappingNode mapping, String key) {
        return mapping.getValue().stream()
                .map(NodeTuple::getKeyNode)
                .filter(node -> node instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar && scalar.getValue().equals(key))
                .findFirst();
    }
}
