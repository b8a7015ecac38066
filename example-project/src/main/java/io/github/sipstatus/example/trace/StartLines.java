package io.github.sipstatus.example.trace;

import io.github.sipstatus.sip.SipStatusLine;

import java.util.Optional;
import java.util.Set;

/**
 * Decides where in a line a SIP message starts. A start line counts only at a plausible place: at the start of
 * the line; right after a quote, as in sipp's error log ({@code received 'SIP/2.0 486 Busy Here}); or after
 * packet bytes, as in tcpdump -A ({@code E..Uf.@.@.......A.TSIP/2.0 486 Busy Here}). A line that starts with
 * blanks is a header's continuation (RFC 3261 §7.3.1), never a start line, and a bare number is never one.
 */
public final class StartLines {

    /** Methods recognised inside packet bytes, where a method's first letters may be a header byte's glyph. */
    private static final Set<String> METHODS = Set.of("INVITE", "ACK", "BYE", "CANCEL", "REGISTER", "OPTIONS",
            "PRACK", "SUBSCRIBE", "NOTIFY", "PUBLISH", "INFO", "REFER", "MESSAGE", "UPDATE");

    private static final int LONGEST_METHOD = 20;

    /**
     * How far into a line packet bytes may reach: IPv6 and a TCP header with all options are 100 bytes, a HEP3
     * header rarely more. Bounding it also keeps a huge line from costing more than one pass.
     */
    private static final int MAX_PACKET_BYTES = 256;

    private StartLines() {
    }

    /** What was found: a start line at {@code offset}, or a line that starts like a status line and is not one. */
    public sealed interface Found permits Valid, Malformed {
    }

    public record Valid(StartLine startLine, int offset) implements Found {
    }

    /** @param detail the parser's reason, naming the index */
    public record Malformed(String line, String detail) implements Found {
    }

    /** At the line's start only: the place where a new message can begin inside another's headers or body. */
    public static Optional<Found> atLineStart(String text) {
        if (text.isEmpty() || isBlank(text.charAt(0))) {
            return Optional.empty();
        }
        if (looksLikeStatusLine(text, 0)) {
            try {
                return Optional.of(new Valid(new StartLine.Status(SipStatusLine.parse(text)), 0));
            } catch (IllegalArgumentException e) {
                return Optional.of(new Malformed(text, e.getMessage()));
            }
        }
        return request(text, 0).map(request -> new Valid(request, 0));
    }

    /** At the line's start, after a quote or after packet bytes: where a message can begin between messages. */
    public static Optional<Found> anywhere(String text) {
        Optional<Found> atStart = atLineStart(text);
        if (atStart.isPresent()) {
            return atStart;
        }
        if (text.isEmpty() || isBlank(text.charAt(0))) {
            return Optional.empty();
        }
        Optional<Found> status = statusInside(text);
        return status.isPresent() ? status : requestInside(text);
    }

    private static Optional<Found> statusInside(String text) {
        int from = 1;
        while (true) {
            int index = indexOfSip(text, from);
            if (index < 0) {
                return Optional.empty();
            }
            boolean plausible = isQuote(text.charAt(index - 1)) || index <= MAX_PACKET_BYTES && plausiblePrefix(text, index);
            if (plausible && looksLikeStatusLine(text, index)) {
                try {
                    return Optional.of(new Valid(new StartLine.Status(SipStatusLine.parse(text.substring(index))), index));
                } catch (IllegalArgumentException e) {
                    // Inside packet bytes a broken line is noise, not the user's mistake: keep looking.
                }
            }
            from = index + 1;
        }
    }

    /** A request line ends the line with its version: look back from there for the URI and the method. */
    private static Optional<Found> requestInside(String text) {
        int versionStart = text.lastIndexOf(' ') + 1;
        if (versionStart <= 0 || !isVersion(text, versionStart, text.length())) {
            return Optional.empty();
        }
        int uriStart = text.lastIndexOf(' ', versionStart - 2) + 1;
        if (uriStart <= 0) {
            return Optional.empty();
        }
        int runStart = uriStart - 1;
        while (runStart > 0 && uriStart - runStart <= LONGEST_METHOD
                && text.charAt(runStart - 1) >= 'A' && text.charAt(runStart - 1) <= 'Z') {
            runStart--;
        }
        // The longest known method that ends the run of capitals: "BACK" after a HEP byte 'B' is an ACK.
        for (int start = runStart; start < uriStart - 1; start++) {
            String method = text.substring(start, uriStart - 1);
            boolean afterQuote = start > 0 && isQuote(text.charAt(start - 1));
            boolean plausible = afterQuote || start <= MAX_PACKET_BYTES && plausiblePrefix(text, start);
            if ((METHODS.contains(method) || afterQuote) && plausible) {
                Optional<StartLine> request = request(text, start);
                if (request.isPresent()) {
                    return Optional.of(new Valid(request.get(), start));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code Method SP Request-URI SP SIP-Version}, the URI with a scheme (RFC 3261 §25.1). */
    private static Optional<StartLine> request(String text, int from) {
        int methodEnd = text.indexOf(' ', from);
        if (methodEnd <= from) {
            return Optional.empty();
        }
        // Methods are tokens (RFC 3261 §25.1), but every method in use is letters, maybe with '-' or digits;
        // holding to that keeps TCP header glyphs like ".....V..REGISTER" from passing for a method.
        if (!isLetter(text.charAt(from))) {
            return Optional.empty();
        }
        for (int i = from; i < methodEnd; i++) {
            char c = text.charAt(i);
            if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '-' && c != '_') {
                return Optional.empty();
            }
        }
        int uriEnd = text.indexOf(' ', methodEnd + 1);
        if (uriEnd <= methodEnd + 1 || !isVersion(text, uriEnd + 1, text.length())) {
            return Optional.empty();
        }
        String uri = text.substring(methodEnd + 1, uriEnd);
        int colon = uri.indexOf(':');
        if (colon <= 0 || !Character.isLetter(uri.charAt(0)) || hasControl(uri)) {
            return Optional.empty();
        }
        return Optional.of(new StartLine.Request(text.substring(from, methodEnd), uri, text.substring(uriEnd + 1)));
    }

    /**
     * Packet bytes as tcpdump shows them: no blank in front, no "name: " of a header or a log line, and many
     * dots (tcpdump's glyph for a byte it cannot print) or control characters. A quote just before also counts.
     */
    static boolean plausiblePrefix(String text, int index) {
        if (index == 0) {
            return true;
        }
        if (isQuote(text.charAt(index - 1))) {
            return true;
        }
        int bytesLike = 0;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '.' || c < ' ' || c >= 0x7f) {
                bytesLike++;
            } else if (c == ':' && i + 1 < index && text.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return bytesLike * 4 >= index;
    }

    /** "SIP/" digits "." digits SP: from here on it is a status line or a malformed one. */
    private static boolean looksLikeStatusLine(String text, int index) {
        if (!regionIsSipSlash(text, index)) {
            return false;
        }
        int i = digits(text, index + 4);
        if (i == index + 4 || i >= text.length() || text.charAt(i) != '.') {
            return false;
        }
        int j = digits(text, i + 1);
        return j > i + 1 && j < text.length() && text.charAt(j) == ' ';
    }

    private static boolean isVersion(String text, int from, int end) {
        if (!regionIsSipSlash(text, from)) {
            return false;
        }
        int i = digits(text, from + 4);
        if (i == from + 4 || i >= end || text.charAt(i) != '.') {
            return false;
        }
        int j = digits(text, i + 1);
        return j > i + 1 && j == end;
    }

    private static int indexOfSip(String text, int from) {
        for (int i = from; i + 4 <= text.length(); i++) {
            if (regionIsSipSlash(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean regionIsSipSlash(String text, int index) {
        return index + 4 <= text.length() && (text.charAt(index) | 0x20) == 's' && (text.charAt(index + 1) | 0x20) == 'i'
                && (text.charAt(index + 2) | 0x20) == 'p' && text.charAt(index + 3) == '/';
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < ' ' || text.charAt(i) == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"';
    }

    /** RFC 3261 §25.1 token characters. */
    static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-.!%*_+`'~".indexOf(c) >= 0;
    }
}
