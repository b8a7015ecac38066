package io.github.sipstatus.example.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A SIP message found in a trace.
 *
 * @param line the input line its start line is on
 */
public record SipMessage(StartLine startLine, List<Header> headers, String body, int line) {

    public SipMessage {
        headers = List.copyOf(headers);
    }

    /** The first value of a header, by canonical name; SIP allows most headers once. */
    public Optional<String> header(String name) {
        for (Header header : headers) {
            if (header.name().equals(name)) {
                return Optional.of(header.value());
            }
        }
        return Optional.empty();
    }

    /** Every value of a header, in order: several Reason or WWW-Authenticate headers are common. */
    public List<String> headers(String name) {
        List<String> values = new ArrayList<>();
        for (Header header : headers) {
            if (header.name().equals(name)) {
                values.add(header.value());
            }
        }
        return values;
    }

    public boolean isResponse() {
        return startLine instanceof StartLine.Status;
    }

    /**
     * What makes two copies the same message: start line, headers as unfolded and body, but not where in the
     * trace it was, nor how the tool wrapped it. The same message logged twice has the same identity.
     */
    public String identity() {
        StringBuilder identity = new StringBuilder(startLine.toString()).append('\n');
        for (Header header : headers) {
            identity.append(header.name()).append(':').append(header.value()).append('\n');
        }
        return identity.append('\n').append(body.strip()).toString();
    }
}
