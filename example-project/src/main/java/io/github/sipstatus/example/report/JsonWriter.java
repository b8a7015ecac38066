package io.github.sipstatus.example.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes JSON (RFC 8259), indented by two spaces. Small on purpose: the program has no runtime dependency,
 * and all it needs is objects, arrays, strings, integers, booleans and null, with strings escaped correctly.
 * Misuse (a value where a name is due) is a programming error and throws IllegalStateException.
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    /** Per open container: whether it is an object, and whether it has a member yet. */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private boolean nameWritten;

    public JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        open.push(new boolean[] {true, false});
        return this;
    }

    public JsonWriter endObject() {
        return end('}', true);
    }

    public JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        open.push(new boolean[] {false, false});
        return this;
    }

    public JsonWriter endArray() {
        return end(']', false);
    }

    public JsonWriter name(String name) {
        boolean[] container = open.peek();
        if (container == null || !container[0] || nameWritten) {
            throw new IllegalStateException("a name belongs in an object, before its value");
        }
        separate(container);
        string(name);
        out.append(": ");
        nameWritten = true;
        return this;
    }

    public JsonWriter value(String value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        string(value);
        return this;
    }

    public JsonWriter value(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    public JsonWriter value(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    public JsonWriter nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    /** The document; only once every object and array is closed. */
    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed object or array");
        }
        return out.toString();
    }

    /**
     * A JSON string (RFC 8259 §7): quote, backslash and the control characters U+0000..U+001F escaped, the
     * short forms where there are some; U+2028 and U+2029 too, so the text is also valid JavaScript, and
     * unpaired surrogates, which UTF-8 cannot carry. Everything else is written as itself.
     */
    public static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2);
        appendQuoted(quoted, text);
        return quoted.toString();
    }

    private void string(String text) {
        appendQuoted(out, text);
    }

    private static void appendQuoted(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean unpaired = Character.isHighSurrogate(c)
                            ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || unpaired) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private void beforeValue() {
        boolean[] container = open.peek();
        if (container == null) {
            if (out.length() > 0) {
                throw new IllegalStateException("one top-level value only");
            }
            return;
        }
        if (container[0]) {
            if (!nameWritten) {
                throw new IllegalStateException("a value in an object needs a name first");
            }
            nameWritten = false;
        } else {
            separate(container);
        }
    }

    private void separate(boolean[] container) {
        if (container[1]) {
            out.append(',');
        }
        container[1] = true;
        newline(open.size());
    }

    private JsonWriter end(char close, boolean object) {
        boolean[] container = open.peek();
        if (container == null || container[0] != object || nameWritten) {
            throw new IllegalStateException("nothing to close with " + close);
        }
        open.pop();
        if (container[1]) {
            newline(open.size());
        }
        out.append(close);
        return this;
    }

    private void newline(int depth) {
        out.append('\n');
        out.append("  ".repeat(depth));
    }
}
