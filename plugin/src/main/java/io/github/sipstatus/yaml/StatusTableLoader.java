package io.github.sipstatus.yaml;

import io.github.sipstatus.diagnostics.DiagnosticCollector;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.model.Category;
import io.github.sipstatus.model.ConstantNames;
import io.github.sipstatus.model.LocalizedText;
import io.github.sipstatus.model.ResponseClass;
import io.github.sipstatus.model.StatusCode;
import io.github.sipstatus.model.StatusTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a status table (schema version {@value #SCHEMA_VERSION}) from YAML, reporting every problem at
 * its {@code file:line:column}. The schema is documented in the README; this class is its definition.
 */
public final class StatusTableLoader {

    public static final int SCHEMA_VERSION = 1;

    private static final List<String> ROOT_KEYS = List.of("schema", "name", "source", "locales", "categories", "codes");
    private static final List<String> ROOT_REQUIRED = List.of("schema", "locales", "categories", "codes");
    private static final List<String> CATEGORY_KEYS = List.of("class", "title");
    private static final List<String> CODE_KEYS =
            List.of("code", "reason", "constant", "rfc", "deprecated", "message", "hint");
    private static final List<String> CODE_REQUIRED = List.of("code", "reason", "message");

    /**
     * Codes that {@code SipStatus.resolve} maps unknown codes to. RFC 3261 §8.1.3.2 requires every
     * client to handle them, so a table without them could not resolve an unknown code.
     */
    private static final List<Integer> RESOLVE_TARGETS = List.of(183, 200, 300, 400, 500, 600);

    private final NodeReader reader;
    private final DiagnosticCollector problems = new DiagnosticCollector();
    private final TextReader texts;

    private StatusTableLoader(String file) {
        this.reader = new NodeReader(file, problems);
        this.texts = new TextReader(reader);
    }

    /**
     * Loads a table.
     *
     * @param file  how to name the file in messages: its path, or the name of a built-in table
     * @param bytes the file's content, UTF-8 with or without a byte order mark
     * @throws InvalidInputException with every problem found, in file order
     */
    public static StatusTable load(String file, byte[] bytes) throws InvalidInputException {
        Node root = YamlDocumentParser.parse(file, bytes);
        return new StatusTableLoader(file).read(root);
    }

    private StatusTable read(Node root) throws InvalidInputException {
        reader.refuseTagsAndAnchors(root);
        // A file with type tags or aliases is not read further: what it means is not what it shows.
        problems.throwIfAny();
        MappingNode mapping = reader.mapping(root, "", "the table").orElse(null);
        if (mapping == null) {
            problems.throwIfAny();
        }
        Map<String, Node> fields = reader.fields(mapping, "", ROOT_KEYS, ROOT_REQUIRED);
        Optional.ofNullable(fields.get("schema")).ifPresent(this::readSchema);
        Optional<String> name = optionalText(fields.get("name"), "name");
        Optional<String> provenance = optionalText(fields.get("source"), "source");
        List<Locale> locales = Optional.ofNullable(fields.get("locales")).map(texts::readLocales).orElse(List.of());
        List<Category> categories = new ArrayList<>();
        Map<ResponseClass, Node> categoryNodes = new HashMap<>();
        Optional.ofNullable(fields.get("categories"))
                .flatMap(node -> reader.sequence(node, "", "'categories'"))
                .ifPresent(sequence -> readCategories(sequence, locales, categories, categoryNodes));
        List<StatusCode> codes = new ArrayList<>();
        Optional.ofNullable(fields.get("codes"))
                .flatMap(node -> reader.sequence(node, "", "'codes'"))
                .ifPresent(sequence -> readCodes(sequence, locales, categoryNodes, codes));
        problems.throwIfAny();
        return new StatusTable(name, provenance, locales, categories, codes);
    }

    private void readSchema(Node node) {
        reader.decimal(node, "", "schema").ifPresent(version -> {
            if (version != SCHEMA_VERSION) {
                reader.error(node, "schema " + version + " is not known; this plugin reads schema " + SCHEMA_VERSION);
            }
        });
    }

    private Optional<String> optionalText(Node node, String what) {
        return node == null ? Optional.empty() : texts.singleLine(node, "", what);
    }

    private void readCategories(SequenceNode sequence, List<Locale> locales, List<Category> categories,
            Map<ResponseClass, Node> seen) {
        for (Node item : sequence.getValue()) {
            Optional<MappingNode> mapping = reader.mapping(item, "", "a category");
            if (mapping.isEmpty()) {
                continue;
            }
            Map<String, Node> fields = reader.fields(mapping.get(), "category: ", CATEGORY_KEYS, CATEGORY_KEYS);
            Node classNode = fields.get("class");
            OptionalInt digit = classNode == null ? OptionalInt.empty() : reader.decimal(classNode, "category: ", "class");
            String context = digit.isPresent() ? "category " + digit.getAsInt() + ": " : "category: ";
            ResponseClass responseClass = null;
            if (digit.isPresent()) {
                if (digit.getAsInt() < 1 || digit.getAsInt() > 6) {
                    reader.error(classNode, "category: class " + digit.getAsInt() + " is not a SIP response class (1 to 6)");
                } else {
                    responseClass = ResponseClass.ofDigit(digit.getAsInt());
                    Node first = seen.putIfAbsent(responseClass, classNode);
                    if (first != null) {
                        reader.error(classNode, context + "class " + digit.getAsInt()
                                + " is listed twice (first at line " + reader.line(first) + ")");
                        responseClass = null;
                    }
                }
            }
            Optional<LocalizedText> title = Optional.ofNullable(fields.get("title"))
                    .flatMap(node -> texts.localized(node, context, "title", locales, true));
            if (responseClass != null && title.isPresent()) {
                categories.add(new Category(responseClass, title.get()));
            }
        }
    }

    private void readCodes(SequenceNode sequence, List<Locale> locales, Map<ResponseClass, Node> categories,
            List<StatusCode> codes) {
        if (sequence.getValue().isEmpty()) {
            reader.error(sequence, "'codes' is empty; a table needs at least one code");
            return;
        }
        Map<Integer, Node> codeNodes = new HashMap<>();
        Map<String, CodeEntry> constants = new LinkedHashMap<>();
        int index = 0;
        for (Node item : sequence.getValue()) {
            index++;
            String fallbackContext = "codes entry " + index + ": ";
            Optional<MappingNode> mapping = reader.mapping(item, fallbackContext, "a code");
            if (mapping.isEmpty()) {
                continue;
            }
            readCode(mapping.get(), fallbackContext, locales, categories, codeNodes, constants).ifPresent(codes::add);
        }
        List<Integer> present = codes.stream().map(StatusCode::code).toList();
        if (!problems.hasProblems()) {
            for (int target : RESOLVE_TARGETS) {
                if (!present.contains(target)) {
                    reader.error(sequence, "the table lacks code " + target + ", which SipStatus.resolve() maps unknown "
                            + (target == 183 ? "1xx codes" : target / 100 + "xx codes")
                            + " to; RFC 3261 §8.1.3.2 requires every client to handle it");
                }
            }
        }
    }

    private record CodeEntry(int code, Node node) {}

    private Optional<StatusCode> readCode(MappingNode mapping, String fallbackContext, List<Locale> locales,
            Map<ResponseClass, Node> categories, Map<Integer, Node> codeNodes, Map<String, CodeEntry> constants) {
        // Every message about this entry names its code, when the code itself is readable.
        OptionalInt peeked = reader.peekDecimal(mapping, "code");
        String context = peeked.isPresent() ? "code " + peeked.getAsInt() + ": " : fallbackContext;
        Map<String, Node> fields = reader.fields(mapping, context, CODE_KEYS, CODE_REQUIRED);
        Node codeNode = fields.get("code");
        OptionalInt code = codeNode == null ? OptionalInt.empty() : reader.decimal(codeNode, context, "code");
        boolean valid = code.isPresent() && checkCode(codeNode, code.getAsInt(), context, categories, codeNodes);

        Optional<String> reason = Optional.ofNullable(fields.get("reason")).flatMap(n -> texts.singleLine(n, context, "reason"));
        Node constantNode = fields.get("constant");
        Optional<String> constant = constantNode == null
                ? reason.map(ConstantNames::derive)
                : reader.string(constantNode, context, "constant");
        if (constant.isPresent()) {
            Node at = constantNode != null ? constantNode : fields.get("reason");
            Optional<String> problem = ConstantNames.problem(constant.get());
            if (problem.isPresent()) {
                reader.error(at, context + (constantNode != null
                        ? "constant '" + constant.get() + "' " + problem.get()
                        : "the constant derived from the reason, '" + constant.get() + "', " + problem.get()
                                + "; give one with 'constant'"));
                constant = Optional.empty();
            } else if (code.isPresent()) {
                CodeEntry first = constants.putIfAbsent(constant.get(), new CodeEntry(code.getAsInt(), at));
                if (first != null) {
                    reader.error(at, context + "constant " + constant.get() + " is also the constant of code "
                            + first.code() + " (line " + reader.line(first.node()) + ")"
                            + "; give one of them its own name with 'constant'");
                    constant = Optional.empty();
                }
            }
        }
        OptionalInt rfc = OptionalInt.empty();
        Node rfcNode = fields.get("rfc");
        if (rfcNode != null) {
            rfc = reader.decimal(rfcNode, context, "rfc");
            if (rfc.isPresent() && rfc.getAsInt() < 1) {
                reader.error(rfcNode, context + "rfc must be an RFC number such as 3261");
                rfc = OptionalInt.empty();
            }
        }
        Optional<String> deprecation = Optional.ofNullable(fields.get("deprecated"))
                .flatMap(n -> texts.singleLine(n, context, "deprecated"));
        Optional<LocalizedText> message = Optional.ofNullable(fields.get("message"))
                .flatMap(n -> texts.localized(n, context, "message", locales, true));
        Optional<LocalizedText> hint = Optional.ofNullable(fields.get("hint"))
                .flatMap(n -> texts.localized(n, context, "hint", locales, false));
        boolean hintValid = fields.get("hint") == null || hint.isPresent();
        if (!valid || reason.isEmpty() || constant.isEmpty() || message.isEmpty() || !hintValid
                || (rfcNode != null && rfc.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new StatusCode(code.getAsInt(), reason.get(), constant.get(), rfc, deprecation,
                message.get(), hint));
    }

    private boolean checkCode(Node node, int code, String context, Map<ResponseClass, Node> categories,
            Map<Integer, Node> codeNodes) {
        if (code < StatusCode.MIN_CODE || code > StatusCode.MAX_CODE) {
            reader.error(node, "code " + code + " is not a SIP status code (100 to 699)");
            return false;
        }
        Node first = codeNodes.putIfAbsent(code, node);
        if (first != null) {
            reader.error(node, context + "listed twice (first at line " + reader.line(first) + ")");
            return false;
        }
        ResponseClass responseClass = ResponseClass.ofCode(code);
        if (!categories.containsKey(responseClass)) {
            reader.error(node, context + "class " + responseClass.digit() + "xx has no entry in 'categories'");
            return false;
        }
        return true;
    }
}
