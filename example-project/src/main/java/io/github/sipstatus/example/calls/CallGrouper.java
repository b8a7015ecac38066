package io.github.sipstatus.example.calls;

import io.github.sipstatus.example.Explanation;
import io.github.sipstatus.example.headers.CSeq;
import io.github.sipstatus.example.headers.Challenge;
import io.github.sipstatus.example.headers.ReasonValue;
import io.github.sipstatus.example.headers.RetryAfter;
import io.github.sipstatus.example.trace.HeaderNames;
import io.github.sipstatus.example.trace.SipMessage;
import io.github.sipstatus.example.trace.StartLine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Groups messages into calls (by Call-ID) and exchanges (by CSeq), counting a message logged twice once. */
public final class CallGrouper {

    private static final String INVITE = "INVITE";
    private static final String CANCEL = "CANCEL";
    private static final String BYE = "BYE";
    private static final int REQUEST_TERMINATED = 487;

    private CallGrouper() {
    }

    /**
     * The calls in order of first appearance.
     *
     * @param duplicates how many messages were copies of one before them (sipp logging both sides,
     *                   a retransmission, two capture points)
     */
    public record Grouped(List<Call> calls, int duplicates) {

        public Grouped {
            calls = List.copyOf(calls);
        }

        public int responseCount() {
            int count = 0;
            for (Call call : calls) {
                count += call.responseCount();
            }
            return count;
        }
    }

    public static Grouped group(List<SipMessage> messages) {
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        Map<String, Map<String, ExchangeBuilder>> calls = new LinkedHashMap<>();
        Map<String, Optional<String>> callIds = new LinkedHashMap<>();
        Map<String, List<SipMessage>> responseOrder = new LinkedHashMap<>();
        for (SipMessage message : messages) {
            if (!seen.add(message.identity())) {
                duplicates++;
                continue;
            }
            Optional<String> callId = message.header(HeaderNames.CALL_ID).filter(id -> !id.isEmpty());
            String callKey = callId.map(id -> "id:" + id).orElse("none");
            callIds.putIfAbsent(callKey, callId);
            Optional<CSeq> cseq = message.header(HeaderNames.CSEQ).flatMap(CSeq::parse);
            String exchangeKey = cseq.map(CSeq::toString).orElse("?");
            calls.computeIfAbsent(callKey, key -> new LinkedHashMap<>())
                    .computeIfAbsent(exchangeKey, key -> new ExchangeBuilder(cseq))
                    .add(message);
            if (message.isResponse()) {
                responseOrder.computeIfAbsent(callKey, key -> new ArrayList<>()).add(message);
            }
        }
        List<Call> result = new ArrayList<>();
        calls.forEach((key, exchanges) -> result.add(call(callIds.get(key), new ArrayList<>(exchanges.values()),
                responseOrder.getOrDefault(key, List.of()))));
        return new Grouped(result, duplicates);
    }

    private static Call call(Optional<String> callId, List<ExchangeBuilder> builders, List<SipMessage> order) {
        boolean cancelled = false;
        for (ExchangeBuilder builder : builders) {
            cancelled |= builder.method().filter(CANCEL::equals).isPresent();
        }
        List<Exchange> exchanges = new ArrayList<>();
        Map<SipMessage, Response> explained = new IdentityHashMap<>();
        for (ExchangeBuilder builder : builders) {
            Exchange exchange = builder.build(cancelled);
            exchanges.add(exchange);
            for (Response response : exchange.responses()) {
                explained.put(response.message(), response);
            }
        }
        List<Response> inOrder = new ArrayList<>();
        for (SipMessage message : order) {
            inOrder.add(explained.get(message));
        }
        return new Call(callId, exchanges, inOrder, outcome(exchanges, cancelled));
    }

    static Outcome outcome(List<Exchange> exchanges, boolean cancelled) {
        boolean bye = false;
        Optional<Response> answer = Optional.empty();
        Optional<Response> lastInviteFinal = Optional.empty();
        Optional<Response> lastFinal = Optional.empty();
        Optional<String> lastFinalMethod = Optional.empty();
        for (Exchange exchange : exchanges) {
            bye |= exchange.isMethod(BYE);
            Optional<Response> last = exchange.finalResponse();
            if (last.isEmpty()) {
                continue;
            }
            if (exchange.isMethod(INVITE)) {
                lastInviteFinal = last;
                if (answer.isEmpty() && last.get().code() < 300) {
                    answer = last;
                }
            }
            if (!exchange.isMethod("ACK")) {
                lastFinal = last;
                lastFinalMethod = exchange.method();
            }
        }
        if (answer.isPresent()) {
            return new Outcome(Outcome.Kind.ANSWERED, answer, Optional.of(INVITE), bye);
        }
        if (lastInviteFinal.isPresent()) {
            Response decisive = lastInviteFinal.get();
            Outcome.Kind kind = cancelled && decisive.code() == REQUEST_TERMINATED ? Outcome.Kind.CANCELLED_BY_CALLER
                    : decisive.code() < 400 ? Outcome.Kind.REDIRECTED : Outcome.Kind.FAILED;
            return new Outcome(kind, lastInviteFinal, Optional.of(INVITE), false);
        }
        if (lastFinal.isPresent()) {
            int code = lastFinal.get().code();
            Outcome.Kind kind = code < 300 ? Outcome.Kind.REQUEST_ACCEPTED : code < 400 ? Outcome.Kind.REDIRECTED
                    : Outcome.Kind.FAILED;
            return new Outcome(kind, lastFinal, lastFinalMethod, false);
        }
        return new Outcome(Outcome.Kind.NO_FINAL_RESPONSE, Optional.empty(), Optional.empty(), false);
    }

    /** The messages of one CSeq while they are collected. */
    private static final class ExchangeBuilder {
        private final Optional<CSeq> cseq;
        private Optional<String> requestMethod = Optional.empty();
        private Optional<SipMessage> request = Optional.empty();
        private final List<SipMessage> responses = new ArrayList<>();

        ExchangeBuilder(Optional<CSeq> cseq) {
            this.cseq = cseq;
        }

        void add(SipMessage message) {
            if (message.startLine() instanceof StartLine.Request requestLine) {
                if (request.isEmpty()) {
                    request = Optional.of(message);
                    requestMethod = Optional.of(requestLine.method());
                }
            } else {
                responses.add(message);
            }
        }

        Optional<String> method() {
            return cseq.map(CSeq::method).or(() -> requestMethod);
        }

        Exchange build(boolean callHasCancel) {
            Optional<String> method = method();
            OptionalLong number = cseq.isPresent() ? OptionalLong.of(cseq.get().number()) : OptionalLong.empty();
            List<Response> explained = new ArrayList<>();
            for (SipMessage message : responses) {
                explained.add(response(message, method, number, callHasCancel));
            }
            return new Exchange(method, number, request, explained);
        }
    }

    static Response response(SipMessage message, Optional<String> method, OptionalLong cseq, boolean callHasCancel) {
        var line = ((StartLine.Status) message.startLine()).line();
        ResponseContext context = ResponseContext.NONE;
        if (line.code() >= 200 && line.code() < 300 && method.isPresent() && !method.get().equals(INVITE)) {
            context = ResponseContext.REQUEST_ACCEPTED;
        } else if (line.code() == REQUEST_TERMINATED && callHasCancel && method.filter(INVITE::equals).isPresent()) {
            context = ResponseContext.CALLER_CANCELLED;
        }
        List<Challenge> challenges = new ArrayList<>();
        for (String header : List.of(HeaderNames.WWW_AUTHENTICATE, HeaderNames.PROXY_AUTHENTICATE)) {
            for (String value : message.headers(header)) {
                Challenge.parse(header, value).ifPresent(challenges::add);
            }
        }
        return new Response(message, method, cseq, line, Explanation.of(line),
                message.header(HeaderNames.RETRY_AFTER).flatMap(RetryAfter::parse),
                ReasonValue.parseAll(message.headers(HeaderNames.REASON)), challenges, context);
    }
}
