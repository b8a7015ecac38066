package io.github.sipstatus.example.calls;

import io.github.sipstatus.example.trace.SipMessage;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A request and its responses: the messages of a call with one CSeq (RFC 3261 §8.1.1.5, §17).
 *
 * @param method    the CSeq's method, or the request line's; empty when neither is in the trace
 * @param cseq      the CSeq number, when the messages carry one
 * @param request   the request, when the trace has it
 * @param responses in the order received, copies counted once
 */
public record Exchange(Optional<String> method, OptionalLong cseq, Optional<SipMessage> request, List<Response> responses) {

    public Exchange {
        responses = List.copyOf(responses);
    }

    public boolean isMethod(String name) {
        return method.filter(name::equals).isPresent();
    }

    /** The last final response, which is the one that counts (a proxy may forward several 2xx; the last is newest). */
    public Optional<Response> finalResponse() {
        for (int i = responses.size() - 1; i >= 0; i--) {
            if (responses.get(i).isFinal()) {
                return Optional.of(responses.get(i));
            }
        }
        return Optional.empty();
    }
}
