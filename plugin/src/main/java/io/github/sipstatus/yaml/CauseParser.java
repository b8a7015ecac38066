package io.github.sipstatus.yaml;

import io.github.sipstatus.diagnostics.DiagnosticCollector;
import io.github.sipstatus.diagnostics.Position;
import io.github.sipstatus.model.Q850Cause;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

/**
 * Reads a table's {@code causes}, its ITU-T Q.850 cause values (RFC 3398), and a code's {@code q850}:
 *
 * <pre>
 * causes:
 *   - cause: 17
 *     name: User busy
 *     sip: 486
 *     message: {en: User busy, nl: Gebruiker in gesprek}
 * codes:
 *   - code: 486
 *     q850: 17        # or none: the response maps to no cause
 * </pre>
 *
 * What refers across the two sections is checked by {@link #checkReferences}, once both are read. In a
 * table that extends a built-in one, the base's causes and its codes' {@code q850} are inherited; an
 * entry for a cause of the base changes just the fields it gives, any other adds a cause.
 */
final class CauseParser {

    static final List<String> CAUSE_KEYS = List.of("cause", "name", "constant", "sip", "message");
    private static final List<String> CAUSE_REQUIRED = List.of("cause", "name", "message");
    private static final List<String> CHANGE_REQUIRED = List.of("cause");
    /** The word for "this response maps to no cause", as RFC 3398 says of 487. */
    static final String NO_CAUSE = "none";

    /**
     * A cause as read; {@code message} may lack locales.
     *
     * @param at where its entry starts
     */
    record DraftCause(int cause, String name, String constantName, OptionalInt sip, Map<Locale, String> message,
            Position messageAt, Position at) {}

    /** A cause as this file gives it; {@code constantAt} is null when it keeps the base's constant. */
    private record Entry(DraftCause cause, Node constantAt, String context, boolean change)
            implements ConstantClaims.Claim {
        @Override
        public int number() {
            return cause.cause();
        }

        @Override
        public String constantName() {
            return cause.constantName();
        }

        @Override
        public Position baseAt(BaseTable base) {
            return base.cause(cause.cause()).at();
        }
    }

    private final NodeReader reader;
    private final TextReader texts;
    private final DiagnosticCollector translations;
    /** Where each cause, sip and code's q850 was written, to point at it from a later check. */
    private final Map<Integer, Node> causeNodes = new HashMap<>();
    private final Map<Integer, Node> sipNodes = new HashMap<>();
    private final Map<Integer, Node> q850Nodes = new HashMap<>();
    private final Map<Integer, OptionalInt> codeCauses = new java.util.LinkedHashMap<>();

    /** The table extended, or null. */
    private final BaseTable base;

    CauseParser(NodeReader reader, TextReader texts, DiagnosticCollector translations, BaseTable base) {
        this.reader = reader;
        this.texts = texts;
        this.translations = translations;
        this.base = base;
    }

    /**
     * @param node        the {@code causes} list, or null when the table has none
     * @param inheritedAt where a cause of the base that this file leaves alone lacks a message of an added locale
     * @return the base's causes, changed where this file changes them, then this file's new ones
     */
    List<DraftCause> readCauses(Node node, List<Locale> locales, Position inheritedAt) {
        List<Entry> entries = new ArrayList<>();
        Optional<SequenceNode> sequence = node == null ? Optional.empty() : reader.sequence(node, "", "'causes'");
        if (sequence.isPresent()) {
            int index = 0;
            for (Node item : sequence.get().getValue()) {
                index++;
                Optional<MappingNode> mapping = reader.mapping(item, "causes entry " + index + ": ", "a cause");
                if (mapping.isPresent()) {
                    Optional<Entry> cause = readCause(mapping.get(), "causes entry " + index + ": ", locales);
                    if (cause.isPresent()) {
                        entries.add(cause.get());
                    }
                }
            }
        }
        return claimConstants(entries, inheritedAt);
    }

    /**
     * The whole list, without causes whose constant another cause has: the base's constants first, then
     * the ones this file gives or derives, in file order (as {@link CodeListReader} does for codes).
     */
    private List<DraftCause> claimConstants(List<Entry> entries, Position inheritedAt) {
        Map<Integer, Entry> changes = new HashMap<>();
        for (Entry entry : entries) {
            if (entry.change()) {
                changes.put(entry.cause().cause(), entry);
            }
        }
        List<Entry> all = new ArrayList<>();
        List<Entry> claims = new ArrayList<>();
        if (base != null) {
            for (DraftCause inherited : base.draft().causes()) {
                Entry change = changes.get(inherited.cause());
                Entry entry = change != null ? change : new Entry(new DraftCause(inherited.cause(), inherited.name(),
                        inherited.constantName(), inherited.sip(), inherited.message(), inheritedAt, inherited.at()),
                        null, "", true);
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
        Set<Integer> clashing = ConstantClaims.clashing(claims, "cause", reader, base);
        List<DraftCause> causes = new ArrayList<>();
        for (Entry entry : all) {
            if (!clashing.contains(entry.cause().cause())) {
                causes.add(entry.cause());
            }
        }
        return causes;
    }

    private Optional<Entry> readCause(MappingNode mapping, String fallbackContext, List<Locale> locales) {
        OptionalInt peeked = reader.peekDecimal(mapping, "cause");
        DraftCause inherited = base != null && peeked.isPresent() ? base.cause(peeked.getAsInt()) : null;
        String context = peeked.isEmpty() ? fallbackContext
                : inherited == null ? "cause " + peeked.getAsInt() + ": "
                : "cause " + peeked.getAsInt() + " (inherited from " + base.at(inherited.at()) + "): ";
        Map<String, Node> fields;
        if (inherited != null || (base != null && peeked.isEmpty())) {
            fields = reader.fields(mapping, context, CAUSE_KEYS, CHANGE_REQUIRED);
        } else if (base != null) {
            fields = reader.fields(mapping, context, CAUSE_KEYS, CAUSE_REQUIRED, " (a new cause: the "
                    + base.table().tableName() + " has no " + peeked.getAsInt() + ")");
        } else {
            fields = reader.fields(mapping, context, CAUSE_KEYS, CAUSE_REQUIRED);
        }
        Node causeNode = fields.get("cause");
        OptionalInt cause = causeNode == null ? OptionalInt.empty() : reader.decimal(causeNode, context, "cause");
        boolean valid = cause.isPresent();
        if (valid && (cause.getAsInt() < Q850Cause.MIN_CAUSE || cause.getAsInt() > Q850Cause.MAX_CAUSE)) {
            reader.error(causeNode, "cause " + cause.getAsInt() + " is not a Q.850 cause value ("
                    + Q850Cause.MIN_CAUSE + " to " + Q850Cause.MAX_CAUSE + ")");
            valid = false;
        }
        if (valid) {
            Node first = causeNodes.putIfAbsent(cause.getAsInt(), causeNode);
            if (first != null) {
                reader.error(causeNode, context + "listed twice (first at line " + reader.line(first) + ")");
                valid = false;
            }
        }
        Node nameNode = fields.get("name");
        Optional<String> name = nameNode != null ? texts.singleLine(nameNode, context, "name")
                : inherited != null ? Optional.of(inherited.name()) : Optional.empty();
        // A change keeps the base's constant unless it gives one, as a changed code does.
        Optional<String> constant = fields.get("constant") == null && inherited != null
                ? Optional.of(inherited.constantName())
                : ConstantReader.read(reader, fields.get("constant"), nameNode, name, "name", context);
        Node constantAt = fields.get("constant") != null ? fields.get("constant") : inherited != null ? null : nameNode;
        OptionalInt sip = inherited != null ? inherited.sip() : OptionalInt.empty();
        Node sipNode = fields.get("sip");
        if (sipNode != null) {
            sip = reader.decimal(sipNode, context, "sip");
            valid &= sip.isPresent();
            if (sip.isPresent() && cause.isPresent()) {
                sipNodes.put(cause.getAsInt(), sipNode);
            }
        }
        Node messageNode = fields.get("message");
        Optional<Map<Locale, String>> message = messageNode != null
                ? texts.localized(messageNode, context, "message", locales, true, translations)
                : inherited != null ? Optional.of(Map.of()) : Optional.empty();
        if (!valid || name.isEmpty() || constant.isEmpty() || message.isEmpty()) {
            return Optional.empty();
        }
        Map<Locale, String> messages = inherited != null ? BaseTable.merge(inherited.message(), message.get()) : message.get();
        return Optional.of(new Entry(new DraftCause(cause.getAsInt(), name.get(), constant.get(), sip, messages,
                reader.position(messageNode != null ? messageNode : mapping), reader.position(mapping)),
                constantAt, context, inherited != null));
    }

    /** A code's {@code q850}: a cause value, or {@value #NO_CAUSE}. */
    void readCodeCause(int code, Node node, String context) {
        if (node instanceof ScalarNode scalar && scalar.getValue().equals(NO_CAUSE)) {
            codeCauses.put(code, OptionalInt.empty());
            q850Nodes.put(code, node);
            return;
        }
        if (node instanceof ScalarNode word && !word.getValue().isEmpty() && !Character.isDigit(word.getValue().charAt(0))
                && word.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN) {
            reader.error(node, context + "q850 must be a Q.850 cause value (1 to 127) or '" + NO_CAUSE + "', not '"
                    + word.getValue() + "'");
            return;
        }
        OptionalInt cause = reader.decimal(node, context, "q850");
        if (cause.isPresent()) {
            codeCauses.put(code, cause);
            q850Nodes.put(code, node);
        }
    }

    Map<Integer, OptionalInt> codeCauses() {
        return codeCauses;
    }

    /**
     * Every {@code sip} names a code of the table, every {@code q850} a listed cause, and a table that
     * interworks lists the two causes RFC 3398's defaults name.
     */
    void checkReferences(Node causesKey, List<DraftCause> causes, Map<Integer, ?> codes) {
        Set<Integer> listed = new HashSet<>();
        for (DraftCause cause : causes) {
            listed.add(cause.cause());
        }
        for (DraftCause cause : causes) {
            if (cause.sip().isPresent() && !codes.containsKey(cause.sip().getAsInt())) {
                reader.error(sipNodes.get(cause.cause()), "cause " + cause.cause() + ": sip " + cause.sip().getAsInt()
                        + " is not a code of the table");
            }
        }
        for (Map.Entry<Integer, OptionalInt> entry : codeCauses.entrySet()) {
            OptionalInt cause = entry.getValue();
            if (cause.isPresent() && !listed.contains(cause.getAsInt())) {
                reader.error(q850Nodes.get(entry.getKey()), "code " + entry.getKey() + ": q850 " + cause.getAsInt()
                        + (base != null ? " is neither a cause of the " + base.table().tableName() + " nor listed in 'causes'"
                                : causesKey == null
                                ? " needs a 'causes' section that lists it"
                                : " is not a cause listed in 'causes'"));
            }
        }
        if (causesKey != null) {
            for (int required : new int[] {Q850Cause.NORMAL_CALL_CLEARING, Q850Cause.NORMAL_UNSPECIFIED}) {
                if (!listed.contains(required)) {
                    reader.error(causesKey, "'causes' lacks cause " + required + ", which RFC 3398 names as a default ("
                            + (required == Q850Cause.NORMAL_UNSPECIFIED
                                    ? "\u00a78.2.6.1: the cause of every response it does not list"
                                    : "\u00a78.2.6.1: the cause of BYE and CANCEL") + ")");
                }
            }
        }
    }
}
