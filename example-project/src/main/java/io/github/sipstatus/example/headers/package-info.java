/**
 * The header values sip-explain explains: {@link io.github.sipstatus.example.headers.CSeq},
 * {@link io.github.sipstatus.example.headers.RetryAfter} (RFC 3261 §20.33),
 * {@link io.github.sipstatus.example.headers.ReasonValue} (RFC 3326) and
 * {@link io.github.sipstatus.example.headers.Challenge} (RFC 3261 §20.27, §20.44), read with the shared
 * {@link io.github.sipstatus.example.headers.ValueScanner}. A value that does not follow the grammar gives
 * empty, never an exception.
 */
package io.github.sipstatus.example.headers;
