package io.github.sipstatus.diagnostics;

/**
 * A place in an input file, kept after reading so that a later check (a translation missing once
 * overlays are merged, say) can still point at the line the user has to edit.
 *
 * @param file   the file as the user knows it
 * @param line   1-based line
 * @param column 1-based column
 */
public record Position(String file, int line, int column) {

    /**
     * A problem at this place.
     *
     * @param message what is wrong
     * @return the diagnostic
     */
    public Diagnostic diagnostic(String message) {
        return new Diagnostic(file, line, column, message);
    }
}
