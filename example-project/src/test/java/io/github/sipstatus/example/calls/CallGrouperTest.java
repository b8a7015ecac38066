package io.github.sipstatus.example.calls;

import io.github.sipstatus.example.Captures;
import io.github.sipstatus.example.trace.TraceDecoder;
import io.github.sipstatus.example.trace.TraceReader;
import io.github.sipstatus.sip.SipStatus;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CallGrouperTest {

    private static CallGrouper.Grouped group(String... messages) {
        String trace = String.join("\r\n", messages);
        return CallGrouper.group(TraceReader.read(TraceDecoder.decode(trace.getBytes(StandardCharsets.UTF_8)).lines()).messages());
    }

    private static String response(int code, String phrase, String callId, String cseq, String... headers) {
        return "SIP/2.0 " + code + " " + phrase + "\r\nCall-ID: " + callId + "\r\nCSeq: " + cseq + "\r\n"
                + String.join("", java.util.Arrays.stream(headers).map(h -> h + "\r\n").toList()) + "Content-Length: 0\r\n";
    }

    private static String request(String method, String callId, String cseq) {
        return method + " sip:bob@example.com SIP/2.0\r\nCall-ID: " + callId + "\r\nCSeq: " + cseq + "\r\nContent-Length: 0\r\n";
    }

    @Test
    void aFourEightySevenWithoutCancelKeepsTheTablesHint() {
        CallGrouper.Grouped grouped = group(request("INVITE", "a", "1 INVITE"), response(487, "Request Terminated", "a", "1 INVITE"));

        Call call = grouped.calls().get(0);
        assertThat(call.outcome().kind()).isEqualTo(Outcome.Kind.FAILED);
        assertThat(call.responses().get(0).context()).isEqualTo(ResponseContext.NONE);
    }

    @Test
    void aCancelledCallSaysSoOnThe487AndAccepted200() {
        Call call = group(request("INVITE", "a", "1 INVITE"), request("CANCEL", "a", "1 CANCEL"),
                response(200, "OK", "a", "1 CANCEL"), response(487, "Request Terminated", "a", "1 INVITE")).calls().get(0);

        assertThat(call.outcome().kind()).isEqualTo(Outcome.Kind.CANCELLED_BY_CALLER);
        assertThat(call.responses()).extracting(Response::code, Response::context).containsExactly(
                org.assertj.core.groups.Tuple.tuple(200, ResponseContext.REQUEST_ACCEPTED),
                org.assertj.core.groups.Tuple.tuple(487, ResponseContext.CALLER_CANCELLED));
    }

    @Test
    void aChallengeThenAnAnswerIsAnswered() {
        Call call = group(response(407, "Proxy Authentication Required", "a", "1 INVITE"),
                response(200, "OK", "a", "2 INVITE"), response(200, "OK", "a", "3 BYE")).calls().get(0);

        assertThat(call.outcome().kind()).isEqualTo(Outcome.Kind.ANSWERED);
        assertThat(call.outcome().endedWithBye()).isTrue();
        assertThat(call.outcome().decisive().orElseThrow().cseq()).hasValue(2);
    }

    @Test
    void aRedirectAndAnUnansweredCallAndAnAcceptedRegistration() {
        CallGrouper.Grouped grouped = group(response(302, "Moved Temporarily", "r", "1 INVITE"),
                request("INVITE", "n", "1 INVITE"), response(180, "Ringing", "n", "1 INVITE"),
                response(200, "OK", "g", "7 REGISTER"));

        assertThat(grouped.calls()).extracting(call -> call.outcome().kind()).containsExactly(
                Outcome.Kind.REDIRECTED, Outcome.Kind.NO_FINAL_RESPONSE, Outcome.Kind.REQUEST_ACCEPTED);
        assertThat(grouped.calls().get(2).outcome().method()).contains("REGISTER");
    }

    @Test
    void theSameMessageTwiceIsCountedOnce() {
        String busy = response(486, "Busy Here", "a", "1 INVITE", "Reason: Q.850;cause=17");
        CallGrouper.Grouped grouped = group(busy, busy, response(486, "Busy Here", "a", "1 INVITE", "Reason: Q.850;cause=21"));

        assertThat(grouped.duplicates()).isEqualTo(1);
        assertThat(grouped.responseCount()).isEqualTo(2);
    }

    @Test
    void messagesWithoutCallIdAreOneGroup() {
        CallGrouper.Grouped grouped = group("SIP/2.0 100 Trying", "SIP/2.0 486 Busy Here", "");

        assertThat(grouped.calls()).singleElement().satisfies(call -> {
            assertThat(call.callId()).isEmpty();
            assertThat(call.responses()).extracting(response -> response.explanation().status())
                    .containsExactly(SipStatus.TRYING, SipStatus.BUSY_HERE);
        });
    }

    @Test
    void responsesOfACallAreInTraceOrderAcrossExchanges() {
        Call cancelled = Captures.calls("sipp-trace_msg.log").calls().get(5);

        assertThat(cancelled.responses()).extracting(Response::code).containsExactly(100, 180, 200, 487);
        assertThat(cancelled.exchanges()).extracting(exchange -> exchange.method().orElseThrow())
                .containsExactly("INVITE", "CANCEL", "ACK");
    }

    @Test
    void causeTextsComeFromTheTableForSipAndQ850Causes() {
        TableCauseTexts texts = new TableCauseTexts();
        List<io.github.sipstatus.example.headers.ReasonValue> reasons = io.github.sipstatus.example.headers.ReasonValue
                .parseAll(List.of("SIP;cause=486, Q.850;cause=17, SIP;cause=799, SIP"));

        assertThat(texts.textOf(reasons.get(0), java.util.Locale.ENGLISH)).contains("Busy Here");
        assertThat(texts.textOf(reasons.get(1), java.util.Locale.ENGLISH)).contains("User busy");
        assertThat(texts.textOf(reasons.get(1), java.util.Locale.forLanguageTag("nl"))).contains("Gebruiker in gesprek");
        assertThat(texts.textOf(reasons.get(2), java.util.Locale.ENGLISH)).isEmpty();
        assertThat(texts.textOf(reasons.get(3), java.util.Locale.ENGLISH)).isEmpty();
    }
}
