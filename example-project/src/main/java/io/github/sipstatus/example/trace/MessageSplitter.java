package io.github.sipstatus.example.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the SIP messages in a segment: a start line at a plausible place ({@link StartLines}), header lines
 * (continuation lines unfolded, RFC 3261 §7.3.1), an empty line, and a body of Content-Length bytes. A message
 * ends early where a new start line begins a line or where a line is neither header nor continuation, as in a
 * paste cut short.
 */
public final class MessageSplitter {

    /** A message's header section longer than this is not SIP; it is cut there so memory stays bounded. */
    private static final int MAX_HEADERS = 1000;

    private final List<SipMessage> messages = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    /** What one segment held. */
    public record Split(List<SipMessage> messages, List<Problem> problems) {
    }

    public static Split split(Segment segment) {
        MessageSplitter splitter = new MessageSplitter();
        splitter.read(segment);
        return new Split(List.copyOf(splitter.messages), List.copyOf(splitter.problems));
    }

    private enum State { BETWEEN, HEADERS, BODY }

    private State state = State.BETWEEN;
    private StartLine startLine;
    private int startLineNumber;
    private final List<String> headerNames = new ArrayList<>();
    // Builders, so that a header folded over a million lines costs linear time, not quadratic.
    private final List<StringBuilder> headerValues = new ArrayList<>();
    private final StringBuilder body = new StringBuilder();
    private long bodyLimit;
    private long bodyRead;

    private void read(Segment segment) {
        for (Line line : segment.lines()) {
            readLine(line, segment.controlsShownAsDots());
        }
        finish();
    }

    private void readLine(Line line, boolean dots) {
        String text = line.text();
        switch (state) {
            case BETWEEN -> StartLines.anywhere(text).ifPresent(found -> begin(found, line));
            case HEADERS -> {
                if (text.isEmpty()) {
                    bodyLimit = contentLength();
                    bodyRead = 0;
                    state = State.BODY;
                    if (bodyLimit == 0) {
                        finish();
                    }
                } else if (StartLines.isBlank(text.charAt(0)) || dots && text.charAt(0) == '.' && !isHeader(text)) {
                    // A continuation line; tshark and ngrep show its leading tab as a dot.
                    if (!headerValues.isEmpty()) {
                        headerValues.get(headerValues.size() - 1).append(' ').append(text.substring(1).strip());
                    }
                } else if (restartsAtLineStart(line)) {
                    return;
                } else if (isHeader(text) && headerNames.size() < MAX_HEADERS) {
                    int colon = text.indexOf(':');
                    headerNames.add(text.substring(0, colon).strip());
                    headerValues.add(new StringBuilder(text.substring(colon + 1).strip()));
                } else {
                    // Neither header nor continuation: the message ended without its empty line.
                    finish();
                    readLine(line, dots);
                }
            }
            case BODY -> {
                // A body of known length is read whole: a message/sipfrag body starts with a status line that
                // is not a response of this trace. Without Content-Length, a start line ends the body wherever
                // a message may start between messages (a log line quoting the next one, too).
                if (bodyLimit == Long.MAX_VALUE && restarts(StartLines.anywhere(text), line)) {
                    return;
                }
                body.append(text).append('\n');
                // Counted as CRLF, as SIP sends it: tools that drop the CR (tcpdump -A) then still end on time.
                bodyRead += text.length() + 2;
                if (bodyRead >= bodyLimit) {
                    finish();
                }
            }
        }
    }

    /** A start line at the line's start ends the message being read and begins the next. */
    private boolean restartsAtLineStart(Line line) {
        return restarts(StartLines.atLineStart(line.text()), line);
    }

    private boolean restarts(Optional<StartLines.Found> found, Line line) {
        if (found.isEmpty()) {
            return false;
        }
        finish();
        begin(found.get(), line);
        return true;
    }

    private void begin(StartLines.Found found, Line line) {
        if (found instanceof StartLines.Malformed malformed) {
            problems.add(new Problem(line.number(), malformed.line(), malformed.detail()));
            return;
        }
        StartLines.Valid valid = (StartLines.Valid) found;
        startLine = valid.startLine();
        startLineNumber = line.number();
        state = State.HEADERS;
    }

    private void finish() {
        if (startLine != null) {
            List<Header> unfolded = new ArrayList<>(headerNames.size());
            for (int i = 0; i < headerNames.size(); i++) {
                String name = headerNames.get(i);
                unfolded.add(new Header(HeaderNames.canonical(name), name, headerValues.get(i).toString().strip()));
            }
            messages.add(new SipMessage(startLine, unfolded, body.toString(), startLineNumber));
        }
        startLine = null;
        headerNames.clear();
        headerValues.clear();
        body.setLength(0);
        state = State.BETWEEN;
    }

    /** Content-Length as a number; absent or unreadable means "the rest of the segment". */
    private long contentLength() {
        for (int i = 0; i < headerNames.size(); i++) {
            if (HeaderNames.canonical(headerNames.get(i)).equals(HeaderNames.CONTENT_LENGTH)) {
                String value = headerValues.get(i).toString().strip();
                if (!value.isEmpty() && value.length() <= 9 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return Long.parseLong(value);
                }
                return Long.MAX_VALUE;
            }
        }
        return Long.MAX_VALUE;
    }

    /** {@code name: value}, the name a token; blanks before the colon are allowed (HCOLON, RFC 3261 §25.1). */
    static boolean isHeader(String text) {
        int i = 0;
        while (i < text.length() && StartLines.isTokenChar(text.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        while (i < text.length() && StartLines.isBlank(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ':';
    }
}
