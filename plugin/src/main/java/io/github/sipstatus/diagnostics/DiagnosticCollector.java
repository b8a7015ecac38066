package io.github.sipstatus.diagnostics;

import java.util.ArrayList;
import java.util.List;

/** Gathers the problems of one stage so that they are all reported together. */
public final class DiagnosticCollector {

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /** Creates an empty collector. */
    public DiagnosticCollector() {}

    /**
     * Adds a problem after those collected so far.
     *
     * @param diagnostic the problem
     */
    public void add(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    /**
     * Whether anything was collected.
     *
     * @return {@code true} when there is at least one problem
     */
    public boolean hasProblems() {
        return !diagnostics.isEmpty();
    }

    /**
     * What was collected so far.
     *
     * @return the problems, in the order they were found
     */
    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /**
     * Ends the stage: throws with every problem collected, or returns when there were none.
     *
     * @throws InvalidInputException with every problem collected, when there is any
     */
    public void throwIfAny() throws InvalidInputException {
        if (hasProblems()) {
            throw new InvalidInputException(List.copyOf(diagnostics));
        }
    }
}
