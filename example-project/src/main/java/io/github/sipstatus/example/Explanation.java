package io.github.sipstatus.example;

import io.github.sipstatus.sip.SipStatus;
import io.github.sipstatus.sip.SipStatusLine;

import java.util.Optional;

/**
 * A received code, the table entry it stands for, and what to do about it.
 *
 * @param receivedCode the code as it appeared in the input
 * @param status       the table entry; differs from {@code receivedCode} when the table lacks that code
 * @param received     the status line it came in, when it came in one
 */
public record Explanation(int receivedCode, SipStatus status, Advice advice, Optional<SipStatusLine> received) {

    /** Accepts any code in 100..699; throws IllegalArgumentException outside that range. */
    public static Explanation of(int receivedCode) {
        return of(receivedCode, Optional.empty());
    }

    /** A status line as received: its phrase is shown when it is not the table's. */
    public static Explanation of(SipStatusLine line) {
        return of(line.code(), Optional.of(line));
    }

    public static Explanation of(ParsedInput.StatusCode input) {
        return of(input.code(), input.received());
    }

    private static Explanation of(int receivedCode, Optional<SipStatusLine> received) {
        // RFC 3261 §8.1.3.2: an unknown final response is processed as the x00 of its class, an unknown
        // provisional one as 183; that gives the texts. The advice is decided on the code as received:
        // what suits 600 Busy Everywhere (call again later) does not suit an unknown 607 Unwanted.
        SipStatus status = SipStatus.resolve(receivedCode);
        return new Explanation(receivedCode, status, Advice.forCode(receivedCode), received);
    }

    public boolean isResolvedFromUnknownCode() {
        return receivedCode != status.code();
    }

    /** The line as received when its reason phrase is not the table's (a vendor's wording, an unknown code). */
    public Optional<SipStatusLine> receivedWithOwnPhrase() {
        return received.filter(line -> !line.hasTableReasonPhrase());
    }
}
