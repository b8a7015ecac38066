package io.github.sipstatus.yaml;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A text as lines, with a cursor and positions as SnakeYAML gives them (zero-based line, column in
 * code points, index in code points from the start), and the quoted scalars, which a line holds whole:
 * what {@link SubsetComposer} reads with.
 */
class LineCursor {

    /** Thrown to leave the layout the composer reads: never escapes it. */
    static final class Decline extends Exception {
        private static final long serialVersionUID = 1L;

        Decline() {
            super(null, null, false, false);
        }
    }

    static final Decline DECLINE = new Decline();

    /** Marks carry a snippet buffer for SnakeYAML's messages; ours are never shown, so one empty one. */
    private static final int[] NO_SNIPPET = new int[0];

    final String text;
    final int lineCount;
    /** Per line: the index of its first char, of the char after its last (before any CR LF), and of its first code point. */
    final int[] lineStart;
    final int[] lineEnd;
    final int[] codePointStart;
    final boolean[] hasSurrogates;
    /** The line the cursor is on, and the char within the text it is at. */
    int line;
    int pos;

    LineCursor(String text, int lineCount) {
        this.text = text;
        this.lineCount = lineCount;
        this.lineStart = new int[lineCount];
        this.lineEnd = new int[lineCount];
        this.codePointStart = new int[lineCount];
        this.hasSurrogates = new boolean[lineCount];
        indexLines();
    }

    /**
     * Counts lines and checks every char on the way: tabs, control characters, the other YAML line
     * breaks (lone CR, NEL, LS, PS), a byte order mark inside the text and broken surrogates all make
     * SnakeYAML behave in ways the composer does not copy. -1 for such a text.
     */
    static int countLines(String text) {
        int lines = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (c == '\n') {
                lines++;
            } else if (c == '\r') {
                if (i + 1 >= length || text.charAt(i + 1) != '\n') {
                    return -1;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return -1;
                }
                i++;
            } else if (c < 0xA0 || Character.isLowSurrogate(c) || c == 0x2028 || c == 0x2029 || c == 0xFEFF
                    || c == 0xFFFE || c == 0xFFFF) {
                return -1;
            }
        }
        return lines;
    }

    private void indexLines() {
        int start = 0;
        int codePoints = 0;
        for (int l = 0; l < lineCount; l++) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lineStart[l] = start;
            lineEnd[l] = contentEnd;
            codePointStart[l] = codePoints;
            boolean surrogates = false;
            for (int i = start; i < end; i++) {
                if (Character.isHighSurrogate(text.charAt(i))) {
                    surrogates = true;
                    break;
                }
            }
            hasSurrogates[l] = surrogates;
            codePoints += surrogates ? Character.codePointCount(text, start, end) : end - start;
            codePoints += newline < 0 ? 0 : 1;
            start = end + 1;
        }
    }

    /** A double-quoted scalar on one line, at the cursor; the cursor ends after it. */
    ScalarNode doubleQuoted() throws Decline {
        Mark start = mark(pos);
        int end = lineEnd[line];
        StringBuilder value = null;
        int runStart = pos + 1;
        for (int i = pos + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                String content = value == null ? text.substring(runStart, i)
                        : value.append(text, runStart, i).toString();
                pos = i + 1;
                return new ScalarNode(Tag.STR, content, start, start, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
            }
            if (c == '\\') {
                if (value == null) {
                    value = new StringBuilder();
                }
                value.append(this.text, runStart, i);
                if (i + 1 >= end) {
                    throw DECLINE;
                }
                char escaped = text.charAt(++i);
                switch (escaped) {
                    case '"', '\\' -> value.append(escaped);
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'u' -> {
                        if (i + 4 >= end) {
                            throw DECLINE;
                        }
                        int codePoint = 0;
                        for (int k = 1; k <= 4; k++) {
                            int digit = hexDigit(text.charAt(i + k));
                            if (digit < 0) {
                                throw DECLINE;
                            }
                            codePoint = codePoint * 16 + digit;
                        }
                        value.append((char) codePoint);
                        i += 4;
                    }
                    default -> throw DECLINE;
                }
                runStart = i + 1;
            }
        }
        throw DECLINE; // continued on the next line
    }

    /** A single-quoted scalar on one line, at the cursor; the cursor ends after it. */
    ScalarNode singleQuoted() throws Decline {
        Mark start = mark(pos);
        int end = lineEnd[line];
        StringBuilder value = new StringBuilder();
        for (int i = pos + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                if (i + 1 < end && text.charAt(i + 1) == '\'') {
                    value.append('\'');
                    i++;
                    continue;
                }
                pos = i + 1;
                return new ScalarNode(Tag.STR, value.toString(), start, start, DumperOptions.ScalarStyle.SINGLE_QUOTED);
            }
            value.append(c);
        }
        throw DECLINE;
    }

    /** The value of an ASCII hex digit, or -1: SnakeYAML takes no other digits, as {@code Character.digit} would. */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    /** After a value: nothing but spaces and a comment may follow on its line; moves to the next line with content. */
    void endOfLine() throws Decline {
        skipSpaces();
        if (!atLineEndOrComment()) {
            throw DECLINE;
        }
        nextLineWithContent();
    }

    boolean atLineEndOrComment() {
        int end = lineEnd[line];
        return pos >= end || text.charAt(pos) == '#' && pos > lineStart[line] && text.charAt(pos - 1) == ' ';
    }

    /** Moves to the start of the next line that is neither blank nor only a comment; false at the end. */
    boolean nextLineWithContent() {
        line++;
        return skipToContent();
    }

    boolean skipToContent() {
        while (line < lineCount) {
            int first = lineStart[line] + indentation(line);
            if (first < lineEnd[line] && text.charAt(first) != '#') {
                pos = first;
                return true;
            }
            line++;
        }
        pos = text.length();
        return false;
    }

    int indentation(int l) {
        int i = lineStart[l];
        int end = lineEnd[l];
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i - lineStart[l];
    }

    boolean isEntryDash(int at) {
        int end = lineEnd[line];
        return at < end && text.charAt(at) == '-' && (at + 1 == end || text.charAt(at + 1) == ' ');
    }

    void skipSpaces() {
        int end = lineEnd[line];
        while (pos < end && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    /** The char at the cursor, or a line feed at the end of the line. */
    char peek() {
        return pos < lineEnd[line] ? text.charAt(pos) : '\n';
    }

    int column(int at) {
        int start = lineStart[line];
        return hasSurrogates[line] ? Character.codePointCount(text, start, at) : at - start;
    }

    Mark mark(int at) {
        int column = column(at);
        return new Mark("'string'", codePointStart[line] + column, line, column, NO_SNIPPET, 0);
    }
}
