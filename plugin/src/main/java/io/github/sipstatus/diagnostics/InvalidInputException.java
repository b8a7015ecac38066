package io.github.sipstatus.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Thrown once, at the end of a stage, when its input had problems: carries all of them, in file order.
 * It has no stack trace of interest, so it skips filling one in.
 */
public final class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;

    /** More than this many problems is noise: the user fixes the first ones and runs again. */
    public static final int MAX_REPORTED = 100;

    private final transient List<Diagnostic> diagnostics;

    /**
     * An exception for the problems of a stage.
     *
     * @param diagnostics the problems, at least one, in any order: they are sorted into file order
     */
    public InvalidInputException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics), null, false, false);
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one problem");
        }
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        Collections.sort(sorted);
        this.diagnostics = List.copyOf(sorted.subList(0, Math.min(sorted.size(), MAX_REPORTED)));
    }

    /**
     * An exception for a single problem.
     *
     * @param diagnostic the problem
     */
    public InvalidInputException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    /**
     * The problems to report.
     *
     * @return the problems, in file order, at most {@link #MAX_REPORTED}
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String summary(List<Diagnostic> diagnostics) {
        int count = diagnostics.size();
        if (count == 1) {
            return diagnostics.get(0).toString();
        }
        String shown = count > MAX_REPORTED ? " (the first " + MAX_REPORTED + " are shown)" : "";
        return count + " problems in the SIP status input" + shown;
    }
}
