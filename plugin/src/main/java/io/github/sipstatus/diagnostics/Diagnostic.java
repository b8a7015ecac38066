package io.github.sipstatus.diagnostics;

import java.util.Objects;

/**
 * One problem in the user's input, rendered the way compilers and editors expect:
 * {@code path/to/table.yaml:12:7: code 486: unknown key 'reasn'}.
 *
 * @param file   the file as the user knows it (a path, or the name of a built-in table); empty for a
 *               problem of the build configuration rather than of a file
 * @param line   1-based line, or 0 when the problem concerns the file as a whole
 * @param column 1-based column, or 0 when the problem concerns the file as a whole
 * @param message what is wrong, and where possible what to do about it
 */
public record Diagnostic(String file, int line, int column, String message) implements Comparable<Diagnostic> {

    /**
     * The file and message are required; a position is 1-based, or 0 for none.
     *
     * @param file    the file as the user knows it (a path, or the name of a built-in table); empty for a
     *                problem of the build configuration rather than of a file
     * @param line    1-based line, or 0 when the problem concerns the file as a whole
     * @param column  1-based column, or 0 when the problem concerns the file as a whole
     * @param message what is wrong, and where possible what to do about it
     */
    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 for the whole file");
        }
    }

    /**
     * A problem of a whole file or of a configuration value, with no position inside a file.
     *
     * @param file    the file as the user knows it
     * @param message what is wrong
     * @return the diagnostic, at line and column 0
     */
    public static Diagnostic of(String file, String message) {
        return new Diagnostic(file, 0, 0, message);
    }

    /**
     * A problem of a whole file (empty, too large, not YAML at all), pinned to its first character so
     * that editors and CI annotations still have a place to show it.
     *
     * @param file    the file as the user knows it
     * @param message what is wrong
     * @return the diagnostic, at line 1, column 1
     */
    public static Diagnostic atStart(String file, String message) {
        return new Diagnostic(file, 1, 1, message);
    }

    /**
     * A problem of the build configuration, such as a parameter's value.
     *
     * @param message what is wrong, naming the parameter
     * @return the diagnostic, with no file
     */
    public static Diagnostic ofConfiguration(String message) {
        return new Diagnostic("", 0, 0, message);
    }

    /** File order: the order in which a user reading top to bottom meets the problems. */
    @Override
    public int compareTo(Diagnostic other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        if (file.isEmpty()) {
            return message;
        }
        return line == 0 ? file + ": " + message : file + ":" + line + ":" + column + ": " + message;
    }
}
