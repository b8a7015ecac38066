package io.github.sipstatus.example;

/** One item the user gave us: either a status code we can explain, or something we must reject. */
public sealed interface ParsedInput permits ParsedInput.StatusCode, ParsedInput.Invalid {

    /** A code in 100..699; it may still be missing from the table (see {@link Explanation}). */
    record StatusCode(int code) implements ParsedInput {
    }

    /** {@code input} is the offending text as given, so the error message can quote it. */
    record Invalid(String input, Problem problem) implements ParsedInput {
    }

    enum Problem {
        /** Neither a number nor a SIP status line, e.g. "abc". */
        NOT_A_STATUS_CODE,
        /** A number, but not a three-digit SIP code in 100..699, e.g. 99 or 700. */
        OUT_OF_RANGE
    }
}
