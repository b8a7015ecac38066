package io.github.sipstatus.codegen;

import java.util.Locale;

/**
 * Writes every non-ASCII character of a Java source as a Unicode escape. The file then means the same
 * to javac whatever {@code -encoding} a consuming build uses (or forgets to set): a Dutch "é" in a
 * message cannot turn into mojibake.
 */
final class AsciiSource {

    private AsciiSource() {}

    static String escape(String source) {
        StringBuilder out = null;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c < 0x80) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(source.length() + 64).append(source, 0, i);
            }
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
        return out == null ? source : out.toString();
    }
}
