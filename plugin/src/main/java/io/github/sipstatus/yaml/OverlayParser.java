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
 * causes:                 # for a table with Q.850 causes: each cause's message
 *   17: Teilnehmer besetzt
 * </pre>
 */
final class OverlayParser {

    private static final List<String> ROOT_KEYS = List.of("schema", "locale", "categories", "causes", "codes");
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
        Node schema = fields.get("schema");
        if (schema != null) {
            SchemaVersion.check(reader, schema);
        }
        Node localeNode = fields.get("locale");
        Optional<Locale> locale = localeNode == null ? Optional.empty() : texts.locale(localeNode, "", "locale");
        Map<ResponseClass, Located> titles = new LinkedHashMap<>();
        Optional<MappingNode> categories = optionalMapping(fields.get("categories"), "'categories'");
        if (categories.isPresent()) {
            readTitles(categories.get(), titles);
        }
        Map<Integer, OverlayCode> codes = new LinkedHashMap<>();
        Optional<MappingNode> codeMap = optionalMapping(fields.get("codes"), "'codes'");
        if (codeMap.isPresent()) {
            readCodes(codeMap.get(), codes);
        }
        Map<Integer, Located> causes = new LinkedHashMap<>();
        Optional<MappingNode> causeMap = optionalMapping(fields.get("causes"), "'causes'");
        if (causeMap.isPresent()) {
            readCauses(causeMap.get(), causes);
        }
        problems.throwIfAny();
        Position titlesAt = reader.position(NodeReader.keyNode(mapping, "categories").orElse(mapping));
        Position missingAt = reader.position(NodeReader.keyNode(mapping, "codes").orElse(mapping));
        Position causesAt = reader.position(NodeReader.keyNode(mapping, "causes")
                .orElse(NodeReader.keyNode(mapping, "codes").orElse(mapping)));
        return new OverlayDraft(reader.file(), locale.orElseThrow(), titles, codes, titlesAt, missingAt, causes, causesAt);
    }

    /** {@code causes: {17: Besetzt}}: a cause's message, the only text a cause has. */
    private void readCauses(MappingNode causeMap, Map<Integer, Located> causes) {
        for (NodeTuple tuple : causeMap.getValue()) {
            OptionalInt cause = reader.decimal(tuple.getKeyNode(), "causes: ", "cause");
            if (cause.isEmpty()) {
                continue;
            }
            String context = "cause " + cause.getAsInt() + ": ";
            Optional<String> message = texts.singleLine(tuple.getValueNode(), context, "message");
            if (message.isEmpty()) {
                continue;
            }
            Located previous = causes.put(cause.getAsInt(), new Located(message.get(), reader.position(tuple.getValueNode())));
            if (previous != null) {
                reader.error(tuple.getKeyNode(), context + "given twice (first at line " + previous.at().line() + ")");
            }
        }
    }

    private Optional<MappingNode> optionalMapping(Node node, String what) {
        return node == null ? Optional.empty() : reader.mapping(node, "", what);
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
            Optional<String> title = texts.singleLine(tuple.getValueNode(), context, "title");
            if (title.isEmpty()) {
                continue;
            }
            Located previous = titles.put(ResponseClass.ofDigit(digit.getAsInt()),
                    new Located(title.get(), reader.position(tuple.getValueNode())));
            if (previous != null) {
                reader.error(tuple.getKeyNode(), context + "given twice (first at line " + previous.at().line() + ")");
            }
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
            Optional<MappingNode> entry = reader.mapping(tuple.getValueNode(), context, "the texts of a code");
            if (entry.isEmpty()) {
                continue;
            }
            Map<String, Node> fields = reader.fields(entry.get(), context, CODE_KEYS, List.of());
            Node messageNode = fields.get("message");
            Optional<String> message = messageNode == null ? Optional.empty() : texts.singleLine(messageNode, context, "message");
            Node hintNode = fields.get("hint");
            Optional<String> hint = hintNode == null ? Optional.empty() : texts.multiLine(hintNode, context, "hint");
            if (fields.isEmpty()) {
                reader.error(entry.get(), context + "give a 'message', a 'hint' or both");
            }
            codes.put(code.getAsInt(), new OverlayCode(message, hint, reader.position(entry.get())));
        }
    }
}
