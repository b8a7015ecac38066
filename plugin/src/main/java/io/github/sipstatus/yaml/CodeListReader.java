package io.github.sipstatus.yaml;

import io.github.sipstatus.diagnostics.DiagnosticCollector;
import io.github.sipstatus.diagnostics.Position;
import io.github.sipstatus.model.ResponseClass;
import io.github.sipstatus.model.StatusCode;
import io.github.sipstatus.yaml.TableDraft.DraftCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the {@code codes} list of a table. In a table that extends a built-in one, an entry for a code
 * of the base changes just the fields it gives (texts locale by locale); an entry for any other code
 * adds it and needs everything a code needs. Constants are checked once every entry is read, on the
 * whole result, so that a code may take a name that a change has just freed.
 */
final class CodeListReader {

    private static final List<String> CODE_KEYS =
            List.of("code", "reason", "constant", "rfc", "deprecated", "q850", "message", "hint", "attributes");
    private static final List<String> CODE_REQUIRED = List.of("code", "reason", "message");
    private static final List<String> CHANGE_REQUIRED = List.of("code");

    private final NodeReader reader;
    private final TextReader texts;
    private final DiagnosticCollector translations;
    private final List<Locale> locales;
    private final Set<ResponseClass> classes;
    /** The table extended, or null. */
    private final BaseTable base;
    /** Reads each entry's {@code q850}, checked against the causes once they are read too. */
    private final CauseParser causes;
    /** Reads each entry's {@code attributes}, against the declarations read before the codes. */
    private final AttributeParser attributes;
    /** Where each code of this file is first given, to name both places of a duplicate. */
    private final Map<Integer, Node> codeNodes = new HashMap<>();
    /** The entries that could be read, in file order. */
    private final List<Entry> entries = new ArrayList<>();

    /**
     * A code as this file gives it.
     *
     * @param constantAt where its constant is written or derived from; null when it keeps the base's
     * @param change     whether it changes a code of the base
     */
    private record Entry(DraftCode code, Node constantAt, String context, boolean change)
            implements ConstantClaims.Claim {
        @Override
        public int number() {
            return code.code();
        }

        @Override
        public String constantName() {
            return code.constantName();
        }

        @Override
        public Position baseAt(BaseTable base) {
            return base.code(code.code()).at();
        }
    }

    /**
     * @param locales every locale of the table, inherited ones included
     * @param classes every class the table has a category for
     * @param base    the table extended, or null
     */
    CodeListReader(NodeReader reader, TextReader texts, DiagnosticCollector translations, List<Locale> locales,
            Set<ResponseClass> classes, BaseTable base, CauseParser causes, AttributeParser attributes) {
        this.reader = reader;
        this.texts = texts;
        this.translations = translations;
        this.locales = locales;
        this.classes = classes;
        this.base = base;
        this.causes = causes;
        this.attributes = attributes;
    }

    /**
     * @param inheritedAt where a code of the base that this file leaves alone lacks a text of a locale the
     *                    file adds: its {@code codes} key, say
     * @return the base's codes, changed where this file changes them, then this file's new codes in file order
     */
    List<DraftCode> read(Optional<SequenceNode> sequence, Position inheritedAt) {
        if (sequence.isPresent()) {
            if (sequence.get().getValue().isEmpty() && base == null) {
                reader.error(sequence.get(), "'codes' is empty; a table needs at least one code");
                return List.of();
            }
            int index = 0;
            for (Node item : sequence.get().getValue()) {
                index++;
                String fallbackContext = "codes entry " + index + ": ";
                Optional<MappingNode> mapping = reader.mapping(item, fallbackContext, "a code");
                if (mapping.isPresent()) {
                    readCode(mapping.get(), fallbackContext);
                }
            }
        }
        return claimConstants(inheritedAt);
    }

    /**
     * The whole list, without codes whose constant another code has. Constants the base gives claim their
     * names first, since they were there first; then the constants this file gives or derives, in file
     * order, as in a table of its own. The base's constants are unique, so only this file's clash.
     */
    private List<DraftCode> claimConstants(Position inheritedAt) {
        Map<Integer, Entry> changes = new HashMap<>();
        for (Entry entry : entries) {
            if (entry.change()) {
                changes.put(entry.code().code(), entry);
            }
        }
        List<Entry> all = new ArrayList<>();
        List<Entry> claims = new ArrayList<>();
        if (base != null) {
            for (DraftCode inherited : base.draft().codes()) {
                Entry change = changes.get(inherited.code());
                Entry entry = change != null ? change : new Entry(new DraftCode(inherited.code(),
                        inherited.reasonPhrase(), inherited.constantName(), inherited.rfc(), inherited.deprecation(),
                        inherited.message(), inheritedAt, inherited.hint(), inheritedAt, inherited.at()), null, "", true);
                all.add(entry);
                if (entry.constantAt() == null) {
                    claims.add(entry);
                }
            }
        }
        for (Entry entry : entries) {
            if (!entry.change()) {
                all.add(entry);
            }
            if (entry.constantAt() != null) {
                claims.add(entry);
            }
        }
        Set<Integer> clashing = ConstantClaims.clashing(claims, "code", reader, base);
        List<DraftCode> codes = new ArrayList<>();
        for (Entry entry : all) {
            if (!clashing.contains(entry.code().code())) {
                codes.add(entry.code());
            }
        }
        return codes;
    }

    private void readCode(MappingNode mapping, String fallbackContext) {
        // Every message about this entry names its code, when the code itself is readable.
        OptionalInt peeked = reader.peekDecimal(mapping, "code");
        DraftCode inherited = base != null && peeked.isPresent() ? base.code(peeked.getAsInt()) : null;
        String context = peeked.isEmpty() ? fallbackContext
                : inherited == null ? "code " + peeked.getAsInt() + ": "
                : "code " + peeked.getAsInt() + " (inherited from " + base.at(inherited.at()) + "): ";
        Map<String, Node> fields;
        if (inherited != null || (base != null && peeked.isEmpty())) {
            // Unreadable, the code may be the base's: only what every entry needs is certain.
            fields = reader.fields(mapping, context, CODE_KEYS, CHANGE_REQUIRED);
        } else if (base != null) {
            fields = reader.fields(mapping, context, CODE_KEYS, CODE_REQUIRED, " (a new code: the "
                    + base.table().tableName() + " has no " + peeked.getAsInt() + ")");
        } else {
            fields = reader.fields(mapping, context, CODE_KEYS, CODE_REQUIRED);
        }
        Node codeNode = fields.get("code");
        OptionalInt code = codeNode == null ? OptionalInt.empty() : reader.decimal(codeNode, context, "code");
        boolean valid = code.isPresent() && checkCode(codeNode, code.getAsInt(), context);
        // The code is known: its attribute values are read and checked whatever else the entry gets wrong.
        boolean known = valid;

        Node reasonNode = fields.get("reason");
        Optional<String> reason = reasonNode != null ? texts.singleLine(reasonNode, context, "reason")
                : inherited != null ? Optional.of(inherited.reasonPhrase()) : Optional.empty();
        Node constantNode = fields.get("constant");
        // A change keeps the base's constant unless it gives one: code that uses the name keeps compiling.
        Node constantAt = constantNode != null ? constantNode : inherited != null ? null : reasonNode;
        Optional<String> constant = constantNode == null && inherited != null ? Optional.of(inherited.constantName())
                : ConstantReader.read(reader, constantNode, reasonNode, reason, "reason", context);
        OptionalInt rfc = inherited != null ? inherited.rfc() : OptionalInt.empty();
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
        if (known) {
            attributes.readCodeValues(code.getAsInt(), fields.get("attributes"), mapping, context);
        }
        Node deprecatedNode = fields.get("deprecated");
        Optional<String> deprecation = inherited != null ? inherited.deprecation() : Optional.empty();
        if (deprecatedNode != null) {
            deprecation = inherited != null && isFalse(deprecatedNode) ? Optional.empty()
                    : readDeprecation(deprecatedNode, context, inherited != null);
        }
        Node messageNode = fields.get("message");
        Optional<Map<Locale, String>> message = messageNode != null
                ? texts.localized(messageNode, context, "message", locales, true, translations)
                : inherited != null ? Optional.of(Map.of()) : Optional.empty();
        Node hintNode = fields.get("hint");
        Optional<Map<Locale, String>> hint = hintNode == null
                ? Optional.of(Map.of())
                : texts.localized(hintNode, context, "hint", locales, false, translations);
        if (!valid || reason.isEmpty() || constant.isEmpty() || message.isEmpty() || hint.isEmpty()) {
            return;
        }
        Map<Locale, String> messages = inherited != null ? BaseTable.merge(inherited.message(), message.get()) : message.get();
        Map<Locale, String> hints = inherited != null ? BaseTable.merge(inherited.hint(), hint.get()) : hint.get();
        DraftCode draft = new DraftCode(code.getAsInt(), reason.get(), constant.get(), rfc, deprecation,
                messages, reader.position(messageNode != null ? messageNode : mapping),
                hints, reader.position(hintNode != null ? hintNode : mapping), reader.position(mapping));
        entries.add(new Entry(draft, constantAt, context, inherited != null));
    }

    /** {@code deprecated: false} in a change: the code of the base is not deprecated in this table. */
    private static boolean isFalse(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)
                && scalar.getValue().equalsIgnoreCase("false");
    }

    /** {@code deprecated: true} says that, not why: the text goes into the constant's {@code @deprecated} Javadoc. */
    private Optional<String> readDeprecation(Node node, String context, boolean change) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            reader.error(node, context + "deprecated must say why, e.g. deprecated: \"use 603 Decline\"; it becomes"
                    + " the constant's @deprecated text" + (change ? " (deprecated: false undoes the base's)" : ""));
            return Optional.empty();
        }
        return texts.singleLine(node, context, "deprecated");
    }

    private boolean checkCode(Node node, int code, String context) {
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
        if (!classes.contains(responseClass)) {
            reader.error(node, context + "class " + responseClass.digit() + "xx has no entry in 'categories'");
            return false;
        }
        return true;
    }
}
