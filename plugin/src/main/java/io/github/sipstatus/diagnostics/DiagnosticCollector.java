package io.github.sipstatus.diagnostics;

import java.util.ArrayList;
import java.util.List;

/** Gathers the problems of one stage so that they are all reported together. */
public final class DiagnosticCollector {

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    public boolean hasProblems() {
        return !diagnostics.isEmpty();
    }

    /** What was collected so far, in the order it was found. */
    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** Ends the stage: throws with every problem collected, or returns when there were none. */
    public void throwIfAny() throws InvalidInputException {
        if (hasProblems()) {
            throw new InvalidInputException(List.copyOf(diagnostics));
        }
    }
}
