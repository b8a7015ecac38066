package io.github.sipstatus.example.calls;

import java.util.List;
import java.util.Optional;

/**
 * The messages of one Call-ID, as exchanges in the order they first appear.
 *
 * @param callId    empty for messages that carry no Call-ID (a pasted status line)
 * @param responses every response of the call in the order of the trace, across exchanges
 */
public record Call(Optional<String> callId, List<Exchange> exchanges, List<Response> responses, Outcome outcome) {

    public Call {
        exchanges = List.copyOf(exchanges);
        responses = List.copyOf(responses);
    }

    public int responseCount() {
        return responses.size();
    }
}
