package io.github.sipstatus.example.calls;

import java.util.Optional;

/**
 * How a call ended, as far as the trace shows.
 *
 * @param decisive the response that decided it; empty for {@link Kind#NO_FINAL_RESPONSE}
 * @param method   the request it answered
 * @param endedWithBye for an answered call: whether a BYE is in the trace
 */
public record Outcome(Kind kind, Optional<Response> decisive, Optional<String> method, boolean endedWithBye) {

    public enum Kind {
        /** An INVITE got a 2xx. */
        ANSWERED,
        /** The caller sent CANCEL and the INVITE got 487. */
        CANCELLED_BY_CALLER,
        /** The INVITE got a 3xx. */
        REDIRECTED,
        /** The INVITE, or the call's last request, got a 4xx, 5xx or 6xx. */
        FAILED,
        /** A request other than INVITE got a 2xx: a registration, an OPTIONS ping, a MESSAGE. */
        REQUEST_ACCEPTED,
        /** The trace has no final response for the call's request. */
        NO_FINAL_RESPONSE;

        /** "answered", "cancelled-by-caller": the JSON spelling. */
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
