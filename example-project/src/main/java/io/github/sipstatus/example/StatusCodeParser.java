package io.github.sipstatus.example;

import io.github.sipstatus.sip.SipStatusLine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads status codes from command-line arguments and from a piped list of codes, one a line.
 *
 * <p>Accepted forms are a bare code ({@code 486}) and a status line
 * ({@code SIP/2.0 503 Service Unavailable}), which the generated {@link SipStatusLine} parses. SIP traces
 * are read by {@link io.github.sipstatus.example.trace.TraceReader}, where a bare number is never a code.
 */
public final class StatusCodeParser {

    // What a status line starts with: a SIP version and a space (RFC 3261 §7.1: the version is case-insensitive).
    // Whatever follows is SipStatusLine's to judge, so that "SIP/2.0 7000 x" is reported, not silently skipped.
    private static final Pattern STATUS_LINE_START = Pattern.compile("(?i)SIP/[0-9]+\\.[0-9]+ .*", Pattern.DOTALL);
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** A Q.850 cause as the support desk types it: {@code q850:17} (or {@code Q.850:17}). */
    private static final Pattern Q850_CAUSE = Pattern.compile("(?i)q\\.?850:([0-9]{1,3})");
    private static final int HIGHEST_CAUSE = 127;

    private static final int LOWEST_CODE = 100;
    private static final int HIGHEST_CODE = 699;

    /** Parses one command-line argument; every argument is either a code or an error. */
    public ParsedInput parseArgument(String argument) {
        // Leading blanks are never part of a status line; trailing ones may be (the phrase may end in a
        // space), so only a line break there is dropped, which SipStatusLine.parse does itself.
        String text = argument.stripLeading();
        if (STATUS_LINE_START.matcher(text).matches()) {
            try {
                return ParsedInput.StatusCode.of(SipStatusLine.parse(text));
            } catch (IllegalArgumentException e) {
                return new ParsedInput.Invalid(argument, ParsedInput.Problem.MALFORMED_STATUS_LINE, e.getMessage());
            }
        }
        Matcher cause = Q850_CAUSE.matcher(text.strip());
        if (cause.matches()) {
            // Three digits at most, so the number cannot overflow; a cause is seven bits.
            int value = Integer.parseInt(cause.group(1));
            return value <= HIGHEST_CAUSE ? new ParsedInput.Cause(value)
                    : new ParsedInput.Invalid(argument, ParsedInput.Problem.CAUSE_OUT_OF_RANGE);
        }
        return parseCode(text.strip(), argument);
    }

    private static ParsedInput parseCode(String candidate, String input) {
        if (!DIGITS.matcher(candidate).matches()) {
            return new ParsedInput.Invalid(input, ParsedInput.Problem.NOT_A_STATUS_CODE);
        }
        // Status-Code is exactly three digits; checking the length first also keeps "99999999999" from overflowing.
        if (candidate.length() != 3) {
            return new ParsedInput.Invalid(input, ParsedInput.Problem.OUT_OF_RANGE);
        }
        int code = Integer.parseInt(candidate);
        if (code < LOWEST_CODE || code > HIGHEST_CODE) {
            return new ParsedInput.Invalid(input, ParsedInput.Problem.OUT_OF_RANGE);
        }
        return new ParsedInput.StatusCode(code);
    }
}
