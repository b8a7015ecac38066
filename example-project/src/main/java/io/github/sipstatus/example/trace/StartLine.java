package io.github.sipstatus.example.trace;

import io.github.sipstatus.sip.SipStatusLine;

/** The first line of a SIP message (RFC 3261 §7.1): a request line or a status line. */
public sealed interface StartLine permits StartLine.Request, StartLine.Status {

    /** {@code INVITE sip:bob@example.com SIP/2.0}; the method as received (methods are case-sensitive). */
    record Request(String method, String uri, String version) implements StartLine {
        @Override
        public String toString() {
            return method + " " + uri + " " + version;
        }
    }

    /** A status line, parsed by the generated, strict {@link SipStatusLine#parse(CharSequence)}. */
    record Status(SipStatusLine line) implements StartLine {
        @Override
        public String toString() {
            return line.toString();
        }
    }
}
