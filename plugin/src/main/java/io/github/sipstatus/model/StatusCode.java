package io.github.sipstatus.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One SIP response code of the table.
 *
 * @param code         the code, {@value #MIN_CODE}..{@value #MAX_CODE}
 * @param reasonPhrase the RFC reason phrase: what goes on the wire after the code
 * @param constantName the Java constant name, given in the table or derived from the reason phrase
 * @param rfc          the number of the RFC that defines the code, if the table names it
 * @param deprecation  why the code should no longer be used, if it should not
 * @param message      a short text for a person, in every locale of the table
 * @param hint         a longer explanation, in every locale of the table, if the table has one
 * @param attributes   the values this code gives for the table's own attributes, by attribute name
 */
public record StatusCode(
        int code,
        String reasonPhrase,
        String constantName,
        OptionalInt rfc,
        Optional<String> deprecation,
        LocalizedText message,
        Optional<LocalizedText> hint,
        Map<String, AttributeValue> attributes) {

    /** The lowest SIP status code, the first 1xx. */
    public static final int MIN_CODE = 100;
    /** The highest SIP status code, the last 6xx. */
    public static final int MAX_CODE = 699;

    /**
     * Every component is required, and the code must be a SIP status code.
     *
     * @param code         the code, {@value #MIN_CODE}..{@value #MAX_CODE}
     * @param reasonPhrase the RFC reason phrase: what goes on the wire after the code
     * @param constantName the Java constant name, given in the table or derived from the reason phrase
     * @param rfc          the number of the RFC that defines the code, if the table names it
     * @param deprecation  why the code should no longer be used, if it should not
     * @param message      a short text for a person, in every locale of the table
     * @param hint         a longer explanation, in every locale of the table, if the table has one
     * @param attributes   the values this code gives for the table's own attributes, by attribute name
     */
    public StatusCode {
        if (code < MIN_CODE || code > MAX_CODE) {
            throw new IllegalArgumentException("not a SIP status code: " + code);
        }
        Objects.requireNonNull(reasonPhrase, "reasonPhrase");
        Objects.requireNonNull(constantName, "constantName");
        Objects.requireNonNull(rfc, "rfc");
        Objects.requireNonNull(deprecation, "deprecation");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        for (Map.Entry<String, AttributeValue> entry : attributes.entrySet()) {
            Objects.requireNonNull(entry.getKey(), "attribute name");
            Objects.requireNonNull(entry.getValue(), "attribute value");
        }
    }

    /**
     * A code that gives no attribute values.
     *
     * @param code         the code, {@value #MIN_CODE}..{@value #MAX_CODE}
     * @param reasonPhrase the RFC reason phrase: what goes on the wire after the code
     * @param constantName the Java constant name, given in the table or derived from the reason phrase
     * @param rfc          the number of the RFC that defines the code, if the table names it
     * @param deprecation  why the code should no longer be used, if it should not
     * @param message      a short text for a person, in every locale of the table
     * @param hint         a longer explanation, in every locale of the table, if the table has one
     */
    public StatusCode(int code, String reasonPhrase, String constantName, OptionalInt rfc, Optional<String> deprecation,
            LocalizedText message, Optional<LocalizedText> hint) {
        this(code, reasonPhrase, constantName, rfc, deprecation, message, hint, Map.of());
    }

    /**
     * The class of the code.
     *
     * @return the class of its leading digit
     */
    public ResponseClass responseClass() {
        return ResponseClass.ofCode(code);
    }
}
