package io.github.sipstatus.yaml;

import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.DiagnosticCollector;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.model.ConstantNames;
import io.github.sipstatus.model.ResponseClass;
import io.github.sipstatus.model.StatusCode;
import io.github.sipstatus.yaml.TableDraft.DraftCategory;
import io.github.sipstatus.yaml.TableDraft.DraftCode;
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
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one status table file (schema version {@value SchemaVersion#CURRENT}) into a
 * {@link TableDraft}, reporting every structural problem at its {@code file:line:column}. The schema
 * is documented in the README; this class is its definition.
 */
final class TableParser {

    private static final List<String> ROOT_KEYS = List.of("schema", "name", "source", "locales", "categories", "causes", "codes");
    private static final List<String> ROOT_REQUIRED = List.of("schema", "locales", "categories", "codes");
    private static final List<String> CATEGORY_KEYS = List.of("class", "title");
    private static final List<String> CODE_KEYS =
            List.of("code", "reason", "constant", "rfc", "deprecated", "q850", "message", "hint");
    private static final List<String> CODE_REQUIRED = List.of("code", "reason", "message");

    private final String file;
    private final DiagnosticCollector problems = new DiagnosticCollector();
    private final DiagnosticCollector translations;
    private final NodeReader reader;
    private final TextReader texts;
    private final CauseParser causes;

    private TableParser(String file, DiagnosticCollector translations) {
        this.file = file;
        this.translations = translations;
        this.reader = new NodeReader(file, problems);
        this.texts = new TextReader(reader);
        this.causes = new CauseParser(reader, texts, translations);
    }

    /**
     * A draft of what could be read, and the structural problems of the rest: the translations of the
     * entries that were read are still worth checking, so that a user sees every problem in one run.
     */
    record Parsed(TableDraft draft, List<Diagnostic> problems) {}

    /**
     * @param translations receives texts in undeclared locales, which the caller's policy makes errors or warnings
     * @throws InvalidInputException when the file is not YAML, or not a table at all
     */
    static Parsed parse(String file, byte[] bytes, DiagnosticCollector translations) throws InvalidInputException {
        Node root = YamlDocumentParser.parse(file, bytes);
        TableParser parser = new TableParser(file, translations);
        TableDraft draft = parser.read(root);
        return new Parsed(draft, parser.problems.diagnostics());
    }

    private TableDraft read(Node root) throws InvalidInputException {
        MappingNode mapping = reader.rootMapping(root, "the table");
        Map<String, Node> fields = reader.fields(mapping, "", ROOT_KEYS, ROOT_REQUIRED);
        Node schema = fields.get("schema");
        if (schema != null) {
            SchemaVersion.check(reader, schema);
        }
        Optional<String> name = optionalText(fields.get("name"), "name");
        Optional<String> provenance = optionalText(fields.get("source"), "source");
        Node localesNode = fields.get("locales");
        List<Locale> locales = localesNode == null ? List.of() : texts.readLocales(localesNode);
        List<DraftCategory> categories = new ArrayList<>();
        Map<ResponseClass, Node> categoryNodes = new HashMap<>();
        Optional<SequenceNode> categorySequence = optionalSequence(fields.get("categories"), "'categories'");
        if (categorySequence.isPresent()) {
            readCategories(categorySequence.get(), locales, categories, categoryNodes);
        }
        List<DraftCode> codes = new ArrayList<>();
        Optional<SequenceNode> codeSequence = optionalSequence(fields.get("codes"), "'codes'");
        if (codeSequence.isPresent()) {
            readCodes(codeSequence.get(), locales, categoryNodes, codes);
        }
        Node causesNode = fields.get("causes");
        List<CauseParser.DraftCause> causeList = causesNode == null ? List.of() : causes.readCauses(causesNode, locales);
        if (!problems.hasProblems()) {
            Map<Integer, DraftCode> byCode = new HashMap<>();
            for (DraftCode code : codes) {
                byCode.put(code.code(), code);
            }
            causes.checkReferences(causesNode == null ? null : keyOf(mapping, "causes"), causeList, byCode);
        }
        return new TableDraft(file, name, provenance, locales, categories, codes, causeList, causes.codeCauses());
    }

    private static Node keyOf(MappingNode mapping, String key) {
        for (org.yaml.snakeyaml.nodes.NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                return tuple.getKeyNode();
            }
        }
        return mapping;
    }

    private Optional<String> optionalText(Node node, String what) {
        return node == null ? Optional.empty() : texts.singleLine(node, "", what);
    }

    private Optional<SequenceNode> optionalSequence(Node node, String what) {
        return node == null ? Optional.empty() : reader.sequence(node, "", what);
    }

    private void readCategories(SequenceNode sequence, List<Locale> locales, List<DraftCategory> categories,
            Map<ResponseClass, Node> seen) {
        for (Node item : sequence.getValue()) {
            Optional<MappingNode> mapping = reader.mapping(item, "", "a category");
            if (mapping.isEmpty()) {
                continue;
            }
            OptionalInt peeked = reader.peekDecimal(mapping.get(), "class");
            String context = peeked.isPresent() ? "category " + peeked.getAsInt() + ": " : "category: ";
            Map<String, Node> fields = reader.fields(mapping.get(), context, CATEGORY_KEYS, CATEGORY_KEYS);
            Node classNode = fields.get("class");
            OptionalInt digit = classNode == null ? OptionalInt.empty() : reader.decimal(classNode, context, "class");
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
            Node titleNode = fields.get("title");
            Optional<Map<Locale, String>> title = titleNode == null
                    ? Optional.empty()
                    : texts.localized(titleNode, context, "title", locales, true, translations);
            if (responseClass != null && title.isPresent()) {
                categories.add(new DraftCategory(responseClass, title.get(), reader.position(titleNode)));
            }
        }
    }

    private void readCodes(SequenceNode sequence, List<Locale> locales, Map<ResponseClass, Node> categories,
            List<DraftCode> codes) {
        if (sequence.getValue().isEmpty()) {
            reader.error(sequence, "'codes' is empty; a table needs at least one code");
            return;
        }
        CodeEntries entries = new CodeEntries();
        int index = 0;
        for (Node item : sequence.getValue()) {
            index++;
            String fallbackContext = "codes entry " + index + ": ";
            Optional<MappingNode> mapping = reader.mapping(item, fallbackContext, "a code");
            if (mapping.isEmpty()) {
                continue;
            }
            Optional<DraftCode> code = readCode(mapping.get(), fallbackContext, locales, categories, entries);
            if (code.isPresent()) {
                codes.add(code.get());
            }
        }
        if (!problems.hasProblems()) {
            for (ResponseClass responseClass : ResponseClass.values()) {
                int target = responseClass.fallbackCode();
                if (!hasCode(codes, target)) {
                    reader.error(sequence, "the table lacks code " + target + ", which SipStatus.resolve() maps unknown "
                            + responseClass.digit() + "xx codes to; RFC 3261 §8.1.3.2 requires every client to handle it");
                }
            }
        }
    }

    private static boolean hasCode(List<DraftCode> codes, int code) {
        for (DraftCode draft : codes) {
            if (draft.code() == code) {
                return true;
            }
        }
        return false;
    }

    /** Where each code and constant was first seen, to name both places of a duplicate. */
    private static final class CodeEntries {
        final Map<Integer, Node> codes = new HashMap<>();
        final Map<String, Entry> constants = new LinkedHashMap<>();

        record Entry(int code, Node node) {}
    }

    private Optional<DraftCode> readCode(MappingNode mapping, String fallbackContext, List<Locale> locales,
            Map<ResponseClass, Node> categories, CodeEntries entries) {
        // Every message about this entry names its code, when the code itself is readable.
        OptionalInt peeked = reader.peekDecimal(mapping, "code");
        String context = peeked.isPresent() ? "code " + peeked.getAsInt() + ": " : fallbackContext;
        Map<String, Node> fields = reader.fields(mapping, context, CODE_KEYS, CODE_REQUIRED);
        Node codeNode = fields.get("code");
        OptionalInt code = codeNode == null ? OptionalInt.empty() : reader.decimal(codeNode, context, "code");
        boolean valid = code.isPresent() && checkCode(codeNode, code.getAsInt(), context, categories, entries);

        Node reasonNode = fields.get("reason");
        Optional<String> reason = reasonNode == null ? Optional.empty() : texts.singleLine(reasonNode, context, "reason");
        // Only a valid code claims its constant: a duplicate or out-of-range code would report a false collision.
        Optional<String> constant = readConstant(fields, reason, valid ? code : OptionalInt.empty(), context, entries);
        OptionalInt rfc = OptionalInt.empty();
        Node rfcNode = fields.get("rfc");
        if (rfcNode != null) {
            rfc = reader.decimal(rfcNode, context, "rfc");
            if (rfc.isPresent() && rfc.getAsInt() < 1) {
                reader.error(rfcNode, context + "rfc must be an RFC number such as 3261");
                rfc = OptionalInt.empty();
            }
            valid &= rfc.isPresent();
        }
        Node q850Node = fields.get("q850");
        if (q850Node != null && valid) {
            causes.readCodeCause(code.getAsInt(), q850Node, context);
        }
        Node deprecatedNode = fields.get("deprecated");
        Optional<String> deprecation = deprecatedNode == null ? Optional.empty() : readDeprecation(deprecatedNode, context);
        Node messageNode = fields.get("message");
        Optional<Map<Locale, String>> message = messageNode == null
                ? Optional.empty()
                : texts.localized(messageNode, context, "message", locales, true, translations);
        Node hintNode = fields.get("hint");
        Optional<Map<Locale, String>> hint = hintNode == null
                ? Optional.of(Map.of())
                : texts.localized(hintNode, context, "hint", locales, false, translations);
        if (!valid || reason.isEmpty() || constant.isEmpty() || message.isEmpty() || hint.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DraftCode(code.getAsInt(), reason.get(), constant.get(), rfc, deprecation,
                message.get(), reader.position(messageNode),
                hint.get(), reader.position(hintNode != null ? hintNode : mapping)));
    }

    /** {@code deprecated: true} says that, not why: the text goes into the constant's {@code @deprecated} Javadoc. */
    private Optional<String> readDeprecation(Node node, String context) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            reader.error(node, context + "deprecated must say why, e.g. deprecated: \"use 603 Decline\"; it becomes"
                    + " the constant's @deprecated text");
            return Optional.empty();
        }
        return texts.singleLine(node, context, "deprecated");
    }

    private Optional<String> readConstant(Map<String, Node> fields, Optional<String> reason, OptionalInt code,
            String context, CodeEntries entries) {
        Node constantNode = fields.get("constant");
        Optional<String> constant;
        if (constantNode != null) {
            constant = reader.string(constantNode, context, "constant");
        } else {
            constant = reason.isPresent() ? Optional.of(ConstantNames.derive(reason.get())) : Optional.empty();
        }
        if (constant.isEmpty()) {
            return constant;
        }
        Node at = constantNode != null ? constantNode : fields.get("reason");
        Optional<String> problem = ConstantNames.problem(constant.get());
        if (problem.isPresent()) {
            reader.error(at, context + (constantNode != null
                    ? "constant '" + constant.get() + "' " + problem.get()
                    : "the constant derived from the reason, '" + constant.get() + "', " + problem.get()
                            + "; give one with 'constant'"));
            return Optional.empty();
        }
        if (code.isPresent()) {
            CodeEntries.Entry first = entries.constants.putIfAbsent(constant.get(), new CodeEntries.Entry(code.getAsInt(), at));
            if (first != null) {
                reader.error(at, context + "constant " + constant.get() + " is also the constant of code "
                        + first.code() + " (line " + reader.line(first.node()) + ")"
                        + "; give one of them its own name with 'constant'");
                return Optional.empty();
            }
        }
        return constant;
    }

    private boolean checkCode(Node node, int code, String context, Map<ResponseClass, Node> categories,
            CodeEntries entries) {
        if (code < StatusCode.MIN_CODE || code > StatusCode.MAX_CODE) {
            reader.error(node, "code " + code + " is not a SIP status code (100 to 699)");
            return false;
        }
        Node first = entries.codes.putIfAbsent(code, node);
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
