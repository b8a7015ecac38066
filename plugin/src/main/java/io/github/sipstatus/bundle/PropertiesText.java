package io.github.sipstatus.bundle;


/**
 * Builds the text of a {@code .properties} file that {@code Properties.load} reads back exactly:
 * ASCII only (Java 8 reads these files as ISO-8859-1, Java 9+ as UTF-8; ASCII means the same to both),
 * every character the format gives a meaning escaped, LF line endings, no date.
 */
final class PropertiesText {

    private final StringBuilder text = new StringBuilder();

    PropertiesText(String header) {
        // A comment is not unescaped on load, so it only needs to be ASCII and on one line.
        text.append("# ");
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            text.append(c < 0x20 || c > 0x7e ? '?' : c);
        }
        text.append('\n');
    }

    void put(String key, String value) {
        appendEscaped(key, true);
        text.append('=');
        appendEscaped(value, false);
        text.append('\n');
    }

    private void appendEscaped(String value, boolean isKey) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                case '\f' -> text.append("\\f");
                case '=', ':', '#', '!' -> text.append('\\').append(c);
                // Load strips blanks before a value and ends a key at the first blank: escape those.
                case ' ' -> text.append(isKey || i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        appendUnicodeEscape(text, c);
                    } else {
                        text.append(c);
                    }
                }
            }
        }
    }

    /** By hand, not {@code String.format}: this runs for every non-ASCII character, in a cold JVM. */
    static void appendUnicodeEscape(StringBuilder out, char c) {
        out.append("\\u");
        for (int shift = 12; shift >= 0; shift -= 4) {
            out.append(HEX[(c >> shift) & 0xF]);
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    @Override
    public String toString() {
        return text.toString();
    }
}
