package io.github.sipstatus.example.calls;

import java.util.List;
import java.util.Optional;

/**
 * The messages of one Call-ID, as exchanges in the order they first appear.
 *
 * @param callId empty for messages that carry no Call-ID (a pasted status line)
 */
public record Call(Optional<String> callId, List<Exchange> exchanges, Outcome outcome) {

    public Call {
        exchanges = List.copyOf(exchanges);
    }

    public int responseCount() {
        int count = 0;
        for (Exchange exchange : exchanges) {
            count += exchange.responses().size();
        }
        return count;
    }
}
