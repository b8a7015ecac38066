package io.github.sipstatus.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One ITU-T Q.850 cause value of the table, with the SIP response a gateway sends for it.
 *
 * @param cause        the cause value, {@value #MIN_CAUSE}..{@value #MAX_CAUSE} (seven bits; 0 is not a cause)
 * @param name         the Q.850 name, e.g. {@code User busy}: the {@code text} of a Reason header
 * @param constantName the Java constant name, given in the table or derived from the name
 * @param sip          the status code RFC 3398 §7.2.4.1 (or the table) maps the cause to; empty when the
 *                     cause has no response (16 clears the call with BYE or CANCEL; 44 is untranslatable)
 * @param message      a short text for a person, in every locale of the table
 */
public record Q850Cause(int cause, String name, String constantName, OptionalInt sip, LocalizedText message) {

    /** The lowest Q.850 cause value (0 is not a cause). */
    public static final int MIN_CAUSE = 1;
    /** The highest Q.850 cause value: causes are seven bits. */
    public static final int MAX_CAUSE = 127;
    /** RFC 3398 §8.2.6.1: the cause of a status code the mapping does not list. */
    public static final int NORMAL_UNSPECIFIED = 31;
    /** RFC 3398 §8.2.6.1: the cause BYE and CANCEL map to. */
    public static final int NORMAL_CALL_CLEARING = 16;

    /**
     * Every component is required, and the cause must be a Q.850 cause value.
     *
     * @param cause        the cause value, {@value #MIN_CAUSE}..{@value #MAX_CAUSE}
     * @param name         the Q.850 name, e.g. {@code User busy}: the {@code text} of a Reason header
     * @param constantName the Java constant name, given in the table or derived from the name
     * @param sip          the status code the cause maps to; empty when the cause has no response
     * @param message      a short text for a person, in every locale of the table
     */
    public Q850Cause {
        if (cause < MIN_CAUSE || cause > MAX_CAUSE) {
            throw new IllegalArgumentException("not a Q.850 cause value: " + cause);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(constantName, "constantName");
        Objects.requireNonNull(sip, "sip");
        Objects.requireNonNull(message, "message");
    }
}
