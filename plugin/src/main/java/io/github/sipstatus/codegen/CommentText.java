package io.github.sipstatus.codegen;

/**
 * Makes table text safe inside generated comments. Javac reads a comment before it knows it is one:
 * {@code *}{@code /} ends it early and a backslash-u sequence is decoded even there, so either could
 * break the build or smuggle code into it.
 */
final class CommentText {

    private CommentText() {}

    /** Text for a Javadoc comment: HTML-escaped, with comment ends, tags and backslashes neutralised. */
    static String javadoc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Text for a {@code //} comment: one line, backslashes written as an escape javac will not re-read. */
    static String lineComment(String text) {
        return text.replace("\r", " ").replace("\n", " ").replace("\\", "\\u005c");
    }
}
