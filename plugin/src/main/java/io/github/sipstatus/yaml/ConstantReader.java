package io.github.sipstatus.yaml;

import io.github.sipstatus.model.ConstantNames;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the Java constant of a table entry, a code's or a cause's: the {@code constant} it gives, else
 * the one derived from its text ({@code reason}, {@code name}), checked by {@link ConstantNames}.
 */
final class ConstantReader {

    private ConstantReader() {}

    /**
     * @param constantNode the entry's {@code constant}, or null
     * @param textNode     the text the constant is derived from without one, or null when it is missing
     * @param text         that text, if it could be read
     * @param textKey      the text's key, for the message: {@code reason}
     * @return the constant, or empty when there is none or it is reported
     */
    static Optional<String> read(NodeReader reader, Node constantNode, Node textNode, Optional<String> text,
            String textKey, String context) {
        Optional<String> constant = constantNode != null
                ? reader.string(constantNode, context, "constant")
                : text.isPresent() ? Optional.of(ConstantNames.derive(text.get())) : Optional.<String>empty();
        if (constant.isEmpty()) {
            return constant;
        }
        Optional<String> problem = ConstantNames.problem(constant.get());
        if (problem.isPresent()) {
            reader.error(constantNode != null ? constantNode : textNode, context + (constantNode != null
                    ? "constant '" + constant.get() + "' " + problem.get()
                    : "the constant derived from the " + textKey + ", '" + constant.get() + "', " + problem.get()
                            + "; give one with 'constant'"));
            return Optional.empty();
        }
        return constant;
    }
}
