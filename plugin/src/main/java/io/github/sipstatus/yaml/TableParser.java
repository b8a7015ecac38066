package io.github.sipstatus.yaml;

import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.DiagnosticCollector;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.diagnostics.Position;
import io.github.sipstatus.model.ResponseClass;
import io.github.sipstatus.yaml.TableDraft.DraftCategory;
import io.github.sipstatus.yaml.TableDraft.DraftCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one status table file (schema version {@value SchemaVersion#CURRENT}) into a
 * {@link TableDraft}, reporting every structural problem at its {@code file:line:column}. The schema
 * is documented in the README; this class is its definition. A table that {@code extends} a built-in
 * one is read against it: its locales are added to the base's, its categories retitle the base's or
 * add classes, and its codes and causes change the base's or add some ({@link CodeListReader},
 * {@link CauseParser}).
 */
final class TableParser {

    private static final List<String> ROOT_KEYS =
            List.of("schema", "extends", "name", "source", "locales", "categories", "attributes", "causes", "codes");
    private static final List<String> ROOT_REQUIRED = List.of("schema", "locales", "categories", "codes");
    /** A table that extends a built-in one inherits its locales, categories and codes. */
    private static final List<String> EXTENDING_REQUIRED = List.of("schema", "extends");
    private static final List<String> CATEGORY_KEYS = List.of("class", "title");

    private final String file;
    private final DiagnosticCollector problems = new DiagnosticCollector();
    private final DiagnosticCollector translations;
    private final NodeReader reader;
    private final TextReader texts;

    private TableParser(String file, DiagnosticCollector translations) {
        this.file = file;
        this.translations = translations;
        this.reader = new NodeReader(file, problems);
        this.texts = new TextReader(reader);
    }

    /**
     * A draft of what could be read, and the structural problems of the rest: the translations of the
     * entries that were read are still worth checking, so that a user sees every problem in one run.
     */
    record Parsed(TableDraft draft, List<Diagnostic> problems) {}

    /**
     * @param translations receives texts in undeclared locales, which the caller's policy makes errors or warnings
     * @throws InvalidInputException when the file is not YAML, not a table at all, or extends no built-in table
     */
    static Parsed parse(String file, byte[] bytes, DiagnosticCollector translations) throws InvalidInputException {
        Node root = YamlDocumentParser.parse(file, bytes);
        TableParser parser = new TableParser(file, translations);
        TableDraft draft = parser.read(root);
        return new Parsed(draft, parser.problems.diagnostics());
    }

    private TableDraft read(Node root) throws InvalidInputException {
        MappingNode mapping = reader.rootMapping(root, "the table");
        boolean extending = NodeReader.keyNode(mapping, "extends").isPresent();
        Map<String, Node> fields = reader.fields(mapping, "", ROOT_KEYS, extending ? EXTENDING_REQUIRED : ROOT_REQUIRED);
        Node schema = fields.get("schema");
        if (schema != null) {
            SchemaVersion.check(reader, schema);
        }
        BaseTable base = null;
        if (fields.containsKey("extends")) {
            base = BaseTable.named(reader, fields.get("extends"));
            if (base == null) {
                // Every other entry means something only against the base: an entry for 486 changes it or adds it.
                problems.throwIfAny();
            }
        }
        Optional<String> name = optionalText(fields.get("name"), "name");
        Optional<String> provenance = optionalText(fields.get("source"), "source");
        Node localesNode = inheritable(fields.get("locales"), base);
        List<Locale> locales;
        if (base == null) {
            locales = localesNode == null ? List.of() : texts.readLocales(localesNode, List.of(), "");
        } else {
            name = name.isPresent() ? name : base.draft().name();
            provenance = provenance.isPresent() ? provenance : base.draft().provenance();
            locales = localesNode == null ? base.draft().locales()
                    : texts.readLocales(localesNode, base.draft().locales(), base.at(base.draft().localesAt()));
        }
        // A text that a base's entry lacks in an added locale belongs under the key of its list, as in an overlay.
        Node localesKey = NodeReader.keyNode(mapping, "locales").orElse(mapping);
        Position categoriesAt = reader.position(NodeReader.keyNode(mapping, "categories").orElse(localesKey));
        Position codesAt = reader.position(NodeReader.keyNode(mapping, "codes").orElse(localesKey));
        Position causesAt = reader.position(NodeReader.keyNode(mapping, "causes").orElse(localesKey));

        List<DraftCategory> categories = new ArrayList<>();
        Set<ResponseClass> classes = EnumSet.noneOf(ResponseClass.class);
        Optional<SequenceNode> categorySequence = optionalSequence(inheritable(fields.get("categories"), base), "'categories'");
        if (categorySequence.isPresent()) {
            readCategories(categorySequence.get(), locales, base, categories, classes);
        }
        if (base != null) {
            categories = withInherited(base, categories, categoriesAt);
            for (DraftCategory category : base.draft().categories()) {
                classes.add(category.responseClass());
            }
        }
        AttributeParser attributes = new AttributeParser(reader, texts);
        attributes.readDeclarations(NodeReader.keyNode(mapping, "attributes").orElse(null), fields.get("attributes"));
        CauseParser causes = new CauseParser(reader, texts, translations, base);
        Optional<SequenceNode> codeSequence = optionalSequence(inheritable(fields.get("codes"), base), "'codes'");
        List<DraftCode> codes = new CodeListReader(reader, texts, translations, locales, classes, base, causes,
                attributes).read(codeSequence, codesAt);
        attributes.checkRequired(codes, base);
        attributes.checkSize(codes.size());
        if (codeSequence.isPresent() && !problems.hasProblems()) {
            checkResolveTargets(codeSequence.get(), codes);
        }
        Node causesNode = inheritable(fields.get("causes"), base);
        List<CauseParser.DraftCause> causeList = causes.readCauses(causesNode, locales, causesAt);
        if (!problems.hasProblems()) {
            Map<Integer, DraftCode> byCode = new HashMap<>();
            for (DraftCode code : codes) {
                byCode.put(code.code(), code);
            }
            causes.checkReferences(causesNode == null ? null : NodeReader.keyNode(mapping, "causes").orElse(mapping),
                    causeList, byCode);
        }
        Map<Integer, OptionalInt> codeCauses = causes.codeCauses();
        if (base != null) {
            // A change's q850 replaces the base's; the base's stand for every code the table leaves alone.
            codeCauses = new LinkedHashMap<>(base.draft().codeCauses());
            codeCauses.putAll(causes.codeCauses());
        }
        return new TableDraft(file, base == null ? Optional.empty() : Optional.of(base.table()), name, provenance,
                locales, reader.position(localesNode != null ? localesNode : mapping), categories, codes, causeList,
                codeCauses, attributes.attributes(), attributes.codeValues());
    }

    /** In a table that extends, {@code codes:} with nothing after it (every example commented out) is no codes. */
    private static Node inheritable(Node node, BaseTable base) {
        return base != null && node != null && NodeReader.isNull(node) ? null : node;
    }

    private Optional<String> optionalText(Node node, String what) {
        return node == null ? Optional.empty() : texts.singleLine(node, "", what);
    }

    private Optional<SequenceNode> optionalSequence(Node node, String what) {
        return node == null ? Optional.empty() : reader.sequence(node, "", what);
    }

    /**
     * The base's categories, retitled where this file retitles them, then the classes it adds.
     *
     * @param read the categories this file gives, retitles already merged with the base's titles
     */
    private static List<DraftCategory> withInherited(BaseTable base, List<DraftCategory> read, Position inheritedAt) {
        Map<ResponseClass, DraftCategory> given = new EnumMap<>(ResponseClass.class);
        for (DraftCategory category : read) {
            given.put(category.responseClass(), category);
        }
        List<DraftCategory> all = new ArrayList<>();
        for (DraftCategory inherited : base.draft().categories()) {
            DraftCategory retitled = given.remove(inherited.responseClass());
            all.add(retitled != null ? retitled
                    : new DraftCategory(inherited.responseClass(), inherited.title(), inherited.at(), inheritedAt));
        }
        all.addAll(given.values());
        return all;
    }

    private void readCategories(SequenceNode sequence, List<Locale> locales, BaseTable base,
            List<DraftCategory> categories, Set<ResponseClass> classes) {
        Map<ResponseClass, Node> seen = new EnumMap<>(ResponseClass.class);
        for (Node item : sequence.getValue()) {
            Optional<MappingNode> mapping = reader.mapping(item, "", "a category");
            if (mapping.isEmpty()) {
                continue;
            }
            OptionalInt peeked = reader.peekDecimal(mapping.get(), "class");
            DraftCategory inherited = base != null && peeked.isPresent() && peeked.getAsInt() <= 6
                    ? base.category(ResponseClass.ofDigit(peeked.getAsInt())) : null;
            String context = peeked.isEmpty() ? "category: " : inherited == null ? "category " + peeked.getAsInt() + ": "
                    : "category " + peeked.getAsInt() + " (inherited from " + base.at(inherited.at()) + "): ";
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
                    } else {
                        classes.add(responseClass);
                    }
                }
            }
            Node titleNode = fields.get("title");
            Optional<Map<Locale, String>> title = titleNode == null
                    ? Optional.empty()
                    : texts.localized(titleNode, context, "title", locales, true, translations);
            if (responseClass != null && title.isPresent()) {
                categories.add(new DraftCategory(responseClass,
                        inherited != null ? BaseTable.merge(inherited.title(), title.get()) : title.get(),
                        reader.position(mapping.get()), reader.position(titleNode)));
            }
        }
    }

    private void checkResolveTargets(SequenceNode sequence, List<DraftCode> codes) {
        for (ResponseClass responseClass : ResponseClass.values()) {
            int target = responseClass.fallbackCode();
            if (!hasCode(codes, target)) {
                reader.error(sequence, "the table lacks code " + target + ", which SipStatus.resolve() maps unknown "
                        + responseClass.digit() + "xx codes to; RFC 3261 §8.1.3.2 requires every client to handle it");
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
}
