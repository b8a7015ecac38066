package io.github.sipstatus.example.headers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the pieces of a header value that RFC 3261 §25.1 builds them from: tokens, quoted strings with
 * quoted-pairs, comments (which nest), and {@code ;name=value} parameters, with linear white space between.
 * Every method leaves the position where it stopped and never throws on bad input.
 */
final class ValueScanner {

    private final String text;
    private int position;

    ValueScanner(String text) {
        this.text = text;
    }

    boolean atEnd() {
        skipBlanks();
        return position >= text.length();
    }

    int position() {
        return position;
    }

    void skipBlanks() {
        while (position < text.length() && (text.charAt(position) == ' ' || text.charAt(position) == '\t')) {
            position++;
        }
    }

    /** Consumes {@code c} after optional blanks; false (nothing consumed but blanks) when it is not there. */
    boolean accept(char c) {
        skipBlanks();
        if (position < text.length() && text.charAt(position) == c) {
            position++;
            return true;
        }
        return false;
    }

    Optional<String> token() {
        skipBlanks();
        int start = position;
        while (position < text.length() && isTokenChar(text.charAt(position))) {
            position++;
        }
        return position > start ? Optional.of(text.substring(start, position)) : Optional.empty();
    }

    Optional<Long> number() {
        skipBlanks();
        int start = position;
        while (position < text.length() && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
            position++;
        }
        if (position == start) {
            return Optional.empty();
        }
        // delta-seconds and causes are small; more than 18 digits cannot be a number this program uses.
        if (position - start > 18) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text.substring(start, position)));
    }

    /** A quoted string without its quotes, quoted-pairs undone; empty when there is none or it is not closed. */
    Optional<String> quotedString() {
        skipBlanks();
        if (position >= text.length() || text.charAt(position) != '"') {
            return Optional.empty();
        }
        StringBuilder value = new StringBuilder();
        int i = position + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                value.append(text.charAt(i + 1));
                i += 2;
            } else if (c == '"') {
                position = i + 1;
                return Optional.of(value.toString());
            } else {
                value.append(c);
                i++;
            }
        }
        return Optional.empty();
    }

    /** A comment without its outer parentheses, nested comments kept as written. */
    Optional<String> comment() {
        skipBlanks();
        if (position >= text.length() || text.charAt(position) != '(') {
            return Optional.empty();
        }
        int depth = 0;
        StringBuilder value = new StringBuilder();
        for (int i = position; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                value.append(text.charAt(++i));
                continue;
            }
            if (c == '(') {
                depth++;
                if (depth == 1) {
                    continue;
                }
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    position = i + 1;
                    return Optional.of(value.toString().strip());
                }
            }
            value.append(c);
        }
        return Optional.empty();
    }

    /** A token or a quoted string, as a parameter's value may be (gen-value). */
    Optional<String> tokenOrQuoted() {
        Optional<String> quoted = quotedString();
        return quoted.isPresent() ? quoted : hostOrToken();
    }

    /** A token, or anything up to the next separator (a host with ':' or an IPv6 reference). */
    private Optional<String> hostOrToken() {
        skipBlanks();
        int start = position;
        while (position < text.length() && ";,\" \t".indexOf(text.charAt(position)) < 0) {
            position++;
        }
        return position > start ? Optional.of(text.substring(start, position)) : Optional.empty();
    }

    /**
     * {@code *(SEMI name [EQUAL value])} from here, until a comma or the end; names lower-cased (they are
     * case-insensitive). Stops at the first thing that is not a parameter.
     */
    Map<String, String> semicolonParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        while (accept(';')) {
            if (!nameValue(parameters)) {
                break;
            }
        }
        return parameters;
    }

    /** {@code name [EQUAL value]} into {@code parameters}; false when there is no name here. */
    boolean nameValue(Map<String, String> parameters) {
        Optional<String> name = token();
        if (name.isEmpty()) {
            return false;
        }
        String value = "";
        if (accept('=')) {
            value = tokenOrQuoted().orElse("");
        }
        parameters.putIfAbsent(name.get().toLowerCase(java.util.Locale.ROOT), value);
        return true;
    }

    /** Skips to just after the next comma outside quotes and comments, or to the end; false at the end. */
    boolean skipPastComma() {
        boolean quoted = false;
        int depth = 0;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '\\' && (quoted || depth > 0)) {
                position = Math.min(position + 1, text.length());
            } else if (c == '"' && depth == 0) {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && depth > 0) {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                return true;
            }
        }
        return false;
    }

    private static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-.!%*_+`'~".indexOf(c) >= 0;
    }
}
