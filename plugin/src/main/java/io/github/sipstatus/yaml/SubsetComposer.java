package io.github.sipstatus.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Composes the node tree of a file in the layout tables are written in, without SnakeYAML's scanner
 * and parser: block mappings and sequences indented with spaces, flow mappings and sequences on one
 * line, plain and quoted scalars on one line, comments. The goal runs in a cold JVM, where loading and
 * interpreting SnakeYAML's scanner took a third of its time (BENCHMARKS.md); this reads the same file
 * in a fraction of that.
 *
 * <p>It declines (returns empty) at the first thing outside that layout, valid YAML or not: then
 * SnakeYAML composes the file and reports its mistakes. What it composes is what SnakeYAML composes:
 * the same kinds of node, tags ({@link PlainScalarTags}), values, scalar styles and start positions.
 * {@code SubsetComposerTest} holds it to that on every table and bad table we have, and on thousands
 * of generated and mutated ones.
 */
final class SubsetComposer extends LineCursor {

    /** Deeper than a table or an overlay ever nests; deeper files are left to SnakeYAML's own limit. */
    private static final int MAX_DEPTH = 10;

    /**
     * SnakeYAML takes no key longer than 1024 code points, and its resolver tags longer plain scalars
     * differently; a table's never come near, so longer ones are left to it.
     */
    private static final int MAX_PLAIN_LENGTH = 1024;

    private final PlainScalarTags tags = new PlainScalarTags();

    private SubsetComposer(String text, int lineCount) {
        super(text, lineCount);
    }

    /** The root node of {@code text}, or empty when the text is outside the layout this class reads. */
    static Optional<Node> compose(String text) {
        int lines = countLines(text);
        if (lines < 0) {
            return Optional.empty();
        }
        SubsetComposer composer = new SubsetComposer(text, lines);
        try {
            return Optional.of(composer.document());
        } catch (Decline e) {
            return Optional.empty();
        }
    }

    private Node document() throws Decline {
        line = 0;
        if (!skipToContent() || indentation(line) != 0) {
            throw DECLINE;
        }
        pos = lineStart[line];
        MappingNode root = blockMapping(0, 1);
        if (line < lineCount) {
            throw DECLINE;
        }
        return root;
    }

    // ---- block structure; each method starts at its first token and leaves the cursor at the start of
    // ---- the next line with content (line == lineCount at the end of the text)

    private MappingNode blockMapping(int column, int depth) throws Decline {
        if (depth > MAX_DEPTH) {
            throw DECLINE;
        }
        Mark start = mark(pos);
        List<NodeTuple> tuples = new ArrayList<>();
        while (true) {
            ScalarNode key = blockKey();
            Node value;
            skipSpaces();
            if (atLineEndOrComment()) {
                if (!nextLineWithContent()) {
                    throw DECLINE; // an empty value
                }
                int indentation = indentation(line);
                pos = lineStart[line] + indentation;
                boolean dash = isEntryDash(pos);
                if (indentation > column) {
                    value = dash ? blockSequence(indentation, depth + 1) : blockMapping(indentation, depth + 1);
                } else if (indentation == column && dash) {
                    value = blockSequence(indentation, depth + 1);
                } else {
                    throw DECLINE; // an empty value
                }
            } else {
                value = inlineValue(depth + 1);
                endOfLine();
            }
            tuples.add(new NodeTuple(key, value));
            if (line == lineCount) {
                break;
            }
            int indentation = indentation(line);
            if (indentation < column) {
                break;
            }
            pos = lineStart[line] + indentation;
            if (indentation > column || isEntryDash(pos)) {
                throw DECLINE;
            }
        }
        return new MappingNode(Tag.MAP, true, tuples, start, start, DumperOptions.FlowStyle.BLOCK);
    }

    private SequenceNode blockSequence(int column, int depth) throws Decline {
        if (depth > MAX_DEPTH) {
            throw DECLINE;
        }
        Mark start = mark(pos);
        List<Node> items = new ArrayList<>();
        while (true) {
            pos++; // the dash
            skipSpaces();
            if (atLineEndOrComment()) {
                throw DECLINE; // an entry on the lines below, or an empty one
            }
            if (startsBlockKey(pos)) {
                items.add(blockMapping(column(pos), depth + 1));
            } else {
                items.add(inlineValue(depth + 1));
                endOfLine();
            }
            if (line == lineCount) {
                break;
            }
            int indentation = indentation(line);
            pos = lineStart[line] + indentation;
            if (indentation < column || indentation == column && !isEntryDash(pos)) {
                break;
            }
            if (indentation > column) {
                throw DECLINE;
            }
        }
        return new SequenceNode(Tag.SEQ, true, items, start, start, DumperOptions.FlowStyle.BLOCK);
    }

    /** A plain key followed by a colon and a space or the end of the line; the cursor ends after the colon. */
    private ScalarNode blockKey() throws Decline {
        int colon = keyColon(pos);
        if (colon < 0) {
            throw DECLINE;
        }
        ScalarNode key = plain(pos, colon);
        pos = colon + 1;
        return key;
    }

    private boolean startsBlockKey(int at) {
        return keyColon(at) >= 0;
    }

    /** Where the colon of a plain block key starting at {@code at} is, or -1 when there is none. */
    private int keyColon(int at) {
        int end = lineEnd[line];
        if (at >= end || !plainStart(text.charAt(at)) || isDocumentEnd(at)) {
            return -1;
        }
        for (int i = at + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                boolean separated = i + 1 == end || text.charAt(i + 1) == ' ';
                return separated && text.charAt(i - 1) != ' ' ? i : -1;
            }
            if (c == '#' || c == '"' || c == '\'' || c == '[' || c == ']' || c == '{' || c == '}' || c == ',') {
                return -1;
            }
        }
        return -1;
    }

    // ---- values on one line

    /** A quoted scalar or a flow collection at the cursor, or null where anything else starts. */
    private Node quotedOrFlow(int depth) throws Decline {
        char c = peek();
        if (c == '"') {
            return doubleQuoted();
        }
        if (c == '\'') {
            return singleQuoted();
        }
        if (c == '{') {
            return flowMapping(depth);
        }
        if (c == '[') {
            return flowSequence(depth);
        }
        return null;
    }

    /** A value after a block key or a dash: quoted, a flow collection, or plain to the end of the line. */
    private Node inlineValue(int depth) throws Decline {
        Node quotedOrFlow = quotedOrFlow(depth);
        if (quotedOrFlow != null) {
            return quotedOrFlow;
        }
        if (!plainStart(peek())) {
            throw DECLINE;
        }
        int end = lineEnd[line];
        int start = pos;
        int last = pos;
        for (int i = pos; i < end; i++) {
            char d = text.charAt(i);
            if (d == ' ') {
                if (i + 1 < end && text.charAt(i + 1) == '#') {
                    break;
                }
                continue;
            }
            if (d == '#' || d == ':' && (i + 1 == end || text.charAt(i + 1) == ' ')) {
                throw DECLINE;
            }
            last = i + 1;
        }
        if (last == start) {
            throw DECLINE;
        }
        pos = last;
        return plain(start, last);
    }

    private MappingNode flowMapping(int depth) throws Decline {
        if (depth > MAX_DEPTH) {
            throw DECLINE;
        }
        Mark start = mark(pos);
        pos++;
        List<NodeTuple> tuples = new ArrayList<>();
        skipSpaces();
        if (peek() == '}') {
            pos++;
            return new MappingNode(Tag.MAP, true, tuples, start, start, DumperOptions.FlowStyle.FLOW);
        }
        while (true) {
            int keyStart = pos;
            int keyEnd = flowPlainEnd();
            if (peek() != ':' || keyEnd == keyStart || keyEnd != pos) {
                throw DECLINE; // also a space before the colon, which SnakeYAML reads differently in flow
            }
            ScalarNode key = plain(keyStart, keyEnd);
            pos++;
            if (peek() != ' ') {
                throw DECLINE;
            }
            skipSpaces();
            Node value = flowValue(depth + 1);
            tuples.add(new NodeTuple(key, value));
            skipSpaces();
            char c = peek();
            pos++;
            if (c == '}') {
                return new MappingNode(Tag.MAP, true, tuples, start, start, DumperOptions.FlowStyle.FLOW);
            }
            if (c != ',') {
                throw DECLINE;
            }
            skipSpaces();
        }
    }

    private SequenceNode flowSequence(int depth) throws Decline {
        if (depth > MAX_DEPTH) {
            throw DECLINE;
        }
        Mark start = mark(pos);
        pos++;
        List<Node> items = new ArrayList<>();
        skipSpaces();
        if (peek() == ']') {
            pos++;
            return new SequenceNode(Tag.SEQ, true, items, start, start, DumperOptions.FlowStyle.FLOW);
        }
        while (true) {
            items.add(flowValue(depth + 1));
            skipSpaces();
            char c = peek();
            pos++;
            if (c == ']') {
                return new SequenceNode(Tag.SEQ, true, items, start, start, DumperOptions.FlowStyle.FLOW);
            }
            if (c != ',') {
                throw DECLINE;
            }
            skipSpaces();
        }
    }

    /** A value inside a flow collection: quoted, a collection, or plain up to what ends it. */
    private Node flowValue(int depth) throws Decline {
        Node quotedOrFlow = quotedOrFlow(depth);
        if (quotedOrFlow != null) {
            return quotedOrFlow;
        }
        int start = pos;
        int end = flowPlainEnd();
        char after = peek();
        if (end == start || after == ':') {
            throw DECLINE;
        }
        return plain(start, end);
    }

    /**
     * Moves the cursor over a plain scalar in a flow collection, to the first of , ] } or : that ends
     * it, and returns where its text ends (before any spaces). Declines at what SnakeYAML reads
     * otherwise: the end of the line, comments, brackets and quotes inside.
     */
    private int flowPlainEnd() throws Decline {
        int end = lineEnd[line];
        if (pos >= end || !plainStart(text.charAt(pos))) {
            throw DECLINE;
        }
        int last = pos;
        for (int i = pos; i < end; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ']' || c == '}' || c == ':') {
                pos = i;
                return last;
            }
            if (c == '#' || c == '?' || c == '[' || c == '{' || c == '"' || c == '\'') {
                throw DECLINE;
            }
            if (c != ' ') {
                last = i + 1;
            }
        }
        throw DECLINE;
    }

    /** {@code ...} at the start of a line, then a space or nothing: SnakeYAML's end of a document. */
    private boolean isDocumentEnd(int at) {
        int end = lineEnd[line];
        return at == lineStart[line] && text.startsWith("...", at) && (at + 3 == end || text.charAt(at + 3) == ' ');
    }

    private ScalarNode plain(int start, int end) throws Decline {
        if (end - start > MAX_PLAIN_LENGTH) {
            throw DECLINE;
        }
        String value = text.substring(start, end);
        Tag tag = tags.of(value);
        if (tag.equals(Tag.MERGE)) {
            throw DECLINE; // SnakeYAML marks the mapping as merged; leave that to it
        }
        Mark mark = mark(start);
        return new ScalarNode(tag, value, mark, mark, DumperOptions.ScalarStyle.PLAIN);
    }

    /** What can start a plain scalar here: no indicator, so no anchors, aliases, tags, block scalars or directives. */
    private static boolean plainStart(char c) {
        return c > ' ' && "-?:,[]{}#&*!|>'\"%@`".indexOf(c) < 0;
    }
}
