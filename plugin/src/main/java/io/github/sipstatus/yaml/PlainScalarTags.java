package io.github.sipstatus.yaml;

import java.util.Set;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The tag SnakeYAML's {@link Resolver} gives a plain scalar, decided without it where that is certain.
 * The resolver picks its regular expressions by a scalar's first character, and compiling and running
 * them is most of what reading a table costs in a cold JVM; yet most scalars of a table are words whose
 * first character no expression claims, or plain decimal numbers. Everything else goes to a resolver,
 * made on first need. {@code PlainScalarTagsTest} holds the answers to the resolver's.
 */
final class PlainScalarTags {

    /** First characters the resolver has expressions for (YAML 1.1 bool, int, float, merge, null, timestamp, value, yaml; a lone space is null). */
    private static final String CLAIMED = "yYnNtTfFoO-+0123456789.<~\0=!&* ";

    /** Under y, n, t, f and o the resolver only knows YAML 1.1's booleans and, under n, null. */
    private static final String WORD_STARTS = "yYnNtTfFoO";
    private static final Set<String> BOOLEANS = Set.of("yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
            "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF");
    private static final Set<String> NULLS = Set.of("null", "Null", "NULL");

    /** The resolver tries its int and float expressions only on scalars up to this long. */
    private static final int RESOLVER_LIMIT = 1024;

    private Resolver resolver;

    Tag of(String value) {
        if (value.isEmpty()) {
            return resolver().resolve(NodeId.scalar, value, true);
        }
        char first = value.charAt(0);
        if (CLAIMED.indexOf(first) < 0) {
            return Tag.STR;
        }
        if (WORD_STARTS.indexOf(first) >= 0) {
            return BOOLEANS.contains(value) ? Tag.BOOL : NULLS.contains(value) ? Tag.NULL : Tag.STR;
        }
        if (first >= '1' && first <= '9' && value.length() <= RESOLVER_LIMIT && isDigits(value)) {
            return Tag.INT; // the int expression is tried before float and timestamp, and takes [1-9][0-9]*
        }
        return resolver().resolve(NodeId.scalar, value, true);
    }

    private static boolean isDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private Resolver resolver() {
        if (resolver == null) {
            resolver = new Resolver();
        }
        return resolver;
    }
}
