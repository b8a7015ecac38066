package io.github.sipstatus.example;

import io.github.sipstatus.sip.SipStatusLine;

import java.util.Optional;

/** One item the user gave us: either a status code we can explain, or something we must reject. */
public sealed interface ParsedInput permits ParsedInput.StatusCode, ParsedInput.Cause, ParsedInput.Invalid {

    /** A Q.850 cause value, 0..127, given as {@code q850:17}; it may be missing from the table. */
    record Cause(int cause) implements ParsedInput {
    }

    /**
     * A code in 100..699; it may still be missing from the table (see {@link Explanation}).
     *
     * @param received the status line it came in, with the reason phrase as sent; empty for a bare code
     */
    record StatusCode(int code, Optional<SipStatusLine> received) implements ParsedInput {

        public StatusCode(int code) {
            this(code, Optional.empty());
        }

        public static StatusCode of(SipStatusLine line) {
            return new StatusCode(line.code(), Optional.of(line));
        }
    }

    /**
     * {@code input} is the offending text as given, so the error message can quote it.
     *
     * @param detail what the parser said was wrong, for a malformed status line; empty otherwise
     */
    record Invalid(String input, Problem problem, String detail) implements ParsedInput {

        public Invalid(String input, Problem problem) {
            this(input, problem, "");
        }
    }

    enum Problem {
        /** Neither a number nor a SIP status line, e.g. "abc". */
        NOT_A_STATUS_CODE,
        /** A number, but not a three-digit SIP code in 100..699, e.g. 99 or 700. */
        OUT_OF_RANGE,
        /** {@code q850:} with a number outside 0..127, the seven bits a cause has, e.g. q850:200. */
        CAUSE_OUT_OF_RANGE,
        /** Starts like a status line but is not one, e.g. "SIP/2.0 700 Weird" or "SIP/2.0 48 Busy". */
        MALFORMED_STATUS_LINE
    }
}
