package io.github.sipstatus.example.calls;

/**
 * What the request and the rest of the call say about a response, where the table's hint (written for an
 * INVITE) would mislead.
 */
public enum ResponseContext {
    /** Nothing to add: the table's hint applies. */
    NONE,
    /** A 2xx to BYE, CANCEL, REGISTER, OPTIONS ...: the request was accepted; no call was answered. */
    REQUEST_ACCEPTED,
    /** A 487 to an INVITE the caller sent a CANCEL for in the same trace. */
    CALLER_CANCELLED
}
