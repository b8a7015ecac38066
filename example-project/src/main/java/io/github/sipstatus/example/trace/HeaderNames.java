package io.github.sipstatus.example.trace;

import java.util.Locale;
import java.util.Map;

/** Header names in one spelling: compact forms expanded (RFC 3261 §7.3.3 and later RFCs), case as registered. */
public final class HeaderNames {

    private static final Map<String, String> COMPACT = Map.ofEntries(
            Map.entry("a", "Accept-Contact"),       // RFC 3841
            Map.entry("b", "Referred-By"),          // RFC 3892
            Map.entry("c", "Content-Type"),         // RFC 3261
            Map.entry("d", "Request-Disposition"),  // RFC 3841
            Map.entry("e", "Content-Encoding"),     // RFC 3261
            Map.entry("f", "From"),                 // RFC 3261
            Map.entry("i", "Call-ID"),              // RFC 3261
            Map.entry("j", "Reject-Contact"),       // RFC 3841
            Map.entry("k", "Supported"),            // RFC 3261
            Map.entry("l", "Content-Length"),       // RFC 3261
            Map.entry("m", "Contact"),              // RFC 3261
            Map.entry("o", "Event"),                // RFC 6665
            Map.entry("r", "Refer-To"),             // RFC 3515
            Map.entry("s", "Subject"),              // RFC 3261
            Map.entry("t", "To"),                   // RFC 3261
            Map.entry("u", "Allow-Events"),         // RFC 6665
            Map.entry("v", "Via"),                  // RFC 3261
            Map.entry("x", "Session-Expires"),      // RFC 4028
            Map.entry("y", "Identity"));            // RFC 8224

    /** The names this program reads, so that "call-id" and "CALL-ID" are found as "Call-ID" (§7.3.1: case-insensitive). */
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("call-id", "Call-ID"),
            Map.entry("cseq", "CSeq"),
            Map.entry("content-length", "Content-Length"),
            Map.entry("retry-after", "Retry-After"),
            Map.entry("reason", "Reason"),
            Map.entry("www-authenticate", "WWW-Authenticate"),
            Map.entry("proxy-authenticate", "Proxy-Authenticate"),
            Map.entry("via", "Via"),
            Map.entry("from", "From"),
            Map.entry("to", "To"),
            Map.entry("contact", "Contact"));

    public static final String CALL_ID = "Call-ID";
    public static final String CSEQ = "CSeq";
    public static final String CONTENT_LENGTH = "Content-Length";
    public static final String RETRY_AFTER = "Retry-After";
    public static final String REASON = "Reason";
    public static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    public static final String PROXY_AUTHENTICATE = "Proxy-Authenticate";

    private HeaderNames() {
    }

    /** "i" → "Call-ID", "cseq" → "CSeq", "X-Custom" as it is. */
    public static String canonical(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String compact = COMPACT.get(lower);
        if (compact != null) {
            return compact;
        }
        return KNOWN.getOrDefault(lower, name);
    }
}
