package io.github.sipstatus.example.calls;

import io.github.sipstatus.example.Explanation;
import io.github.sipstatus.example.headers.Challenge;
import io.github.sipstatus.example.headers.ReasonValue;
import io.github.sipstatus.example.headers.RetryAfter;
import io.github.sipstatus.example.trace.SipMessage;
import io.github.sipstatus.sip.SipStatusLine;

import java.util.List;
import java.util.Optional;

/**
 * A response with what it means: the explanation of its status line and what its headers add.
 *
 * @param method     the method of the request it answers (from its CSeq), when known
 * @param cseq       the CSeq number, when known
 * @param reasons    every Reason value, from every Reason header, in order
 * @param challenges the WWW-Authenticate and Proxy-Authenticate challenges, in order
 */
public record Response(SipMessage message, Optional<String> method, java.util.OptionalLong cseq, SipStatusLine line, Explanation explanation, Optional<RetryAfter> retryAfter,
                       List<ReasonValue> reasons, List<Challenge> challenges, ResponseContext context) {

    public Response {
        reasons = List.copyOf(reasons);
        challenges = List.copyOf(challenges);
    }

    public int code() {
        return line.code();
    }

    public boolean isFinal() {
        return code() >= 200;
    }
}
