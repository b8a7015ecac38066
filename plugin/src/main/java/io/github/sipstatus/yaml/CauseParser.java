package io.github.sipstatus.yaml;

import io.github.sipstatus.diagnostics.DiagnosticCollector;
import io.github.sipstatus.diagnostics.Position;
import io.github.sipstatus.model.ConstantNames;
import io.github.sipstatus.model.Q850Cause;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
 * What refers across the two sections is checked by {@link #checkReferences}, once both are read.
 */
final class CauseParser {

    static final List<String> CAUSE_KEYS = List.of("cause", "name", "constant", "sip", "message");
    private static final List<String> CAUSE_REQUIRED = List.of("cause", "name", "message");
    /** The word for "this response maps to no cause", as RFC 3398 says of 487. */
    static final String NO_CAUSE = "none";

    /** A cause as read; {@code message} may lack locales. */
    record DraftCause(int cause, String name, String constantName, OptionalInt sip, Map<Locale, String> message,
            Position messageAt) {}

    private final NodeReader reader;
    private final TextReader texts;
    private final DiagnosticCollector translations;
    /** Where each cause, constant and code's q850 was written, to point at it from a later check. */
    private final Map<Integer, Node> causeNodes = new HashMap<>();
    private final Map<String, Node> constantNodes = new HashMap<>();
    private final Map<Integer, Node> sipNodes = new HashMap<>();
    private final Map<Integer, Node> q850Nodes = new HashMap<>();
    private final Map<Integer, OptionalInt> codeCauses = new java.util.LinkedHashMap<>();

    CauseParser(NodeReader reader, TextReader texts, DiagnosticCollector translations) {
        this.reader = reader;
        this.texts = texts;
        this.translations = translations;
    }

    List<DraftCause> readCauses(Node node, List<Locale> locales) {
        List<DraftCause> causes = new ArrayList<>();
        Optional<SequenceNode> sequence = reader.sequence(node, "", "'causes'");
        if (sequence.isEmpty()) {
            return causes;
        }
        int index = 0;
        for (Node item : sequence.get().getValue()) {
            index++;
            Optional<MappingNode> mapping = reader.mapping(item, "causes entry " + index + ": ", "a cause");
            if (mapping.isPresent()) {
                Optional<DraftCause> cause = readCause(mapping.get(), "causes entry " + index + ": ", locales);
                if (cause.isPresent()) {
                    causes.add(cause.get());
                }
            }
        }
        return causes;
    }

    private Optional<DraftCause> readCause(MappingNode mapping, String fallbackContext, List<Locale> locales) {
        OptionalInt peeked = reader.peekDecimal(mapping, "cause");
        String context = peeked.isPresent() ? "cause " + peeked.getAsInt() + ": " : fallbackContext;
        Map<String, Node> fields = reader.fields(mapping, context, CAUSE_KEYS, CAUSE_REQUIRED);
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
        Optional<String> name = nameNode == null ? Optional.empty() : texts.singleLine(nameNode, context, "name");
        Optional<String> constant = readConstant(fields, name, context, valid);
        OptionalInt sip = OptionalInt.empty();
        Node sipNode = fields.get("sip");
        if (sipNode != null) {
            sip = reader.decimal(sipNode, context, "sip");
            valid &= sip.isPresent();
            if (sip.isPresent() && cause.isPresent()) {
                sipNodes.put(cause.getAsInt(), sipNode);
            }
        }
        Node messageNode = fields.get("message");
        Optional<Map<Locale, String>> message = messageNode == null
                ? Optional.empty()
                : texts.localized(messageNode, context, "message", locales, true, translations);
        if (!valid || name.isEmpty() || constant.isEmpty() || message.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DraftCause(cause.getAsInt(), name.get(), constant.get(), sip, message.get(),
                reader.position(messageNode)));
    }

    private Optional<String> readConstant(Map<String, Node> fields, Optional<String> name, String context, boolean claim) {
        Node constantNode = fields.get("constant");
        Optional<String> constant = constantNode != null
                ? reader.string(constantNode, context, "constant")
                : name.isPresent() ? Optional.of(ConstantNames.derive(name.get())) : Optional.<String>empty();
        if (constant.isEmpty()) {
            return constant;
        }
        Node at = constantNode != null ? constantNode : fields.get("name");
        Optional<String> problem = ConstantNames.problem(constant.get());
        if (problem.isPresent()) {
            reader.error(at, context + (constantNode != null
                    ? "constant '" + constant.get() + "' " + problem.get()
                    : "the constant derived from the name, '" + constant.get() + "', " + problem.get()
                            + "; give one with 'constant'"));
            return Optional.empty();
        }
        if (claim) {
            Node first = constantNodes.putIfAbsent(constant.get(), at);
            if (first != null) {
                reader.error(at, context + "constant " + constant.get() + " is also the constant of the cause at line "
                        + reader.line(first) + "; give one of them its own name with 'constant'");
                return Optional.empty();
            }
        }
        return constant;
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
        for (DraftCause cause : causes) {
            if (cause.sip().isPresent() && !codes.containsKey(cause.sip().getAsInt())) {
                reader.error(sipNodes.get(cause.cause()), "cause " + cause.cause() + ": sip " + cause.sip().getAsInt()
                        + " is not a code of the table");
            }
        }
        for (Map.Entry<Integer, OptionalInt> entry : codeCauses.entrySet()) {
            OptionalInt cause = entry.getValue();
            if (cause.isPresent() && !causeNodes.containsKey(cause.getAsInt())) {
                reader.error(q850Nodes.get(entry.getKey()), "code " + entry.getKey() + ": q850 " + cause.getAsInt()
                        + (causesKey == null
                                ? " needs a 'causes' section that lists it"
                                : " is not a cause listed in 'causes'"));
            }
        }
        if (causesKey != null) {
            for (int required : new int[] {Q850Cause.NORMAL_CALL_CLEARING, Q850Cause.NORMAL_UNSPECIFIED}) {
                if (!causeNodes.containsKey(required)) {
                    reader.error(causesKey, "'causes' lacks cause " + required + ", which RFC 3398 names as a default ("
                            + (required == Q850Cause.NORMAL_UNSPECIFIED
                                    ? "\u00a78.2.6.1: the cause of every response it does not list"
                                    : "\u00a78.2.6.1: the cause of BYE and CANCEL") + ")");
                }
            }
        }
    }
}
