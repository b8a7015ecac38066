package io.github.sipstatus.codegen;


/**
 * Writes every non-ASCII character of a Java source as a Unicode escape. The file then means the same
 * to javac whatever {@code -encoding} a consuming build uses (or forgets to set): a Dutch "é" in a
 * message cannot turn into mojibake.
 */
final class AsciiSource {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

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
            out.append("\\u");
            for (int shift = 12; shift >= 0; shift -= 4) {
                out.append(HEX[(c >> shift) & 0xF]);
            }
        }
        return out == null ? source : out.toString();
    }
}
