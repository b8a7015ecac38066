package io.github.sipstatus.example;

import io.github.sipstatus.sip.SipStatus;

/**
 * A received code, the table entry it stands for, and what to do about it.
 *
 * @param receivedCode the code as it appeared in the input
 * @param status       the table entry; differs from {@code receivedCode} when the table lacks that code
 */
public record Explanation(int receivedCode, SipStatus status, Advice advice) {

    /** Accepts any code in 100..699; throws IllegalArgumentException outside that range. */
    public static Explanation of(int receivedCode) {
        // RFC 3261 §8.1.3.2: an unknown final response is processed as the x00 of its class, an unknown
        // provisional one as 183; that gives the texts. The advice is decided on the code as received:
        // what suits 600 Busy Everywhere (call again later) does not suit an unknown 607 Unwanted.
        SipStatus status = SipStatus.resolve(receivedCode);
        return new Explanation(receivedCode, status, Advice.forCode(receivedCode));
    }

    public boolean isResolvedFromUnknownCode() {
        return receivedCode != status.code();
    }
}
