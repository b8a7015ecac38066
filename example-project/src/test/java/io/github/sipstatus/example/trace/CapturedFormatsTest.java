package io.github.sipstatus.example.trace;

import io.github.sipstatus.example.Captures;
import io.github.sipstatus.example.calls.CallGrouper;
import io.github.sipstatus.example.calls.Response;
import io.github.sipstatus.example.headers.ReasonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Every committed capture, as the tool that made it wrote it: the calls and responses sipp exchanged. */
class CapturedFormatsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "sipp-trace_msg.log, SIPP_MESSAGES",
            "sipp-trace_msg-both-sides.log, SIPP_MESSAGES",
            "sipp-trace_err.log, SIPP_ERRORS",
            "tcpdump-A.txt, TCPDUMP_ASCII",
            "hep-tcpdump-A.txt, TCPDUMP_ASCII",
            "tcpdump-X.txt, TCPDUMP_HEX",
            "ngrep-byline.txt, NGREP",
            "sngrep-export.txt, SNGREP",
            "tshark-follow-udp.txt, FOLLOW_STREAM",
            "tshark-follow-tcp.txt, FOLLOW_STREAM",
    })
    void eachToolIsRecognised(String capture, TraceFormat format) {
        assertThat(Captures.trace(capture).format()).isEqualTo(format);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sipp-trace_msg.log", "tcpdump-A.txt", "tcpdump-X.txt", "ngrep-byline.txt",
            "sngrep-export.txt", "hep-tcpdump-A.txt"})
    void aFullCaptureHasEveryCallWithItsResponsesInOrder(String capture) {
        CallGrouper.Grouped grouped = Captures.calls(capture);

        assertThat(Captures.describe(grouped)).containsExactlyElementsOf(Captures.ALL_CALLS);
        assertThat(grouped.responseCount()).isEqualTo(24);
        assertThat(Captures.trace(capture).problems()).isEmpty();
    }

    @Test
    void tsharkFollowsOneStreamAtATime() {
        List<String> udp = new ArrayList<>(Captures.ALL_CALLS);
        udp.remove(Captures.REGISTER_CALL);

        assertThat(Captures.describe(Captures.calls("tshark-follow-udp.txt"))).containsExactlyElementsOf(udp);
        assertThat(Captures.describe(Captures.calls("tshark-follow-tcp.txt"))).containsExactly(Captures.REGISTER_CALL);
    }

    @Test
    void sippLogsOfBothSidesCountEachMessageOnce() {
        CallGrouper.Grouped grouped = Captures.calls("sipp-trace_msg-both-sides.log");

        assertThat(Captures.trace("sipp-trace_msg-both-sides.log").messages()).hasSize(8);
        assertThat(Captures.describe(grouped)).containsExactly(Captures.ALL_CALLS.get(1));
        assertThat(grouped.duplicates()).isEqualTo(4);
    }

    @Test
    void aRetransmissionInSippsLogIsCountedOnce() {
        // The caller of the last call waited for a 200 and did not ACK the 486 at once: it came twice.
        CallGrouper.Grouped grouped = Captures.calls("sipp-trace_msg.log");

        assertThat(grouped.duplicates()).isEqualTo(1);
    }

    @Test
    void sippsErrorLogQuotesTheUnexpectedResponse() {
        CallGrouper.Grouped grouped = Captures.calls("sipp-trace_err.log");

        // The INVITE is not in the error log: the exchange is known from the response's CSeq only.
        assertThat(Captures.describe(grouped)).containsExactly("1-29078@127.0.0.1 failed 486: INVITE 1 [486]");
        assertThat(grouped.calls().get(0).exchanges().get(0).request()).isEmpty();
        assertThat(Captures.responses(grouped).get(0).reasons())
                .extracting(ReasonValue::protocol, ReasonValue::text).containsExactly(org.assertj.core.groups.Tuple.tuple("Q.850", "User busy"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sipp-trace_msg.log", "tcpdump-A.txt", "tcpdump-X.txt", "ngrep-byline.txt",
            "sngrep-export.txt", "hep-tcpdump-A.txt", "tshark-follow-udp.txt"})
    void theHeadersThatExplainAResponseAreReadInEveryFormat(String capture) {
        List<Response> responses = Captures.responses(Captures.calls(capture));

        Response busy = first(responses, 486);
        assertThat(busy.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.isQ850()).isTrue();
            assertThat(reason.cause()).hasValue(17);
            assertThat(reason.text()).isEqualTo("User busy");
        });

        Response overloaded = first(responses, 503);
        assertThat(overloaded.retryAfter()).hasValueSatisfying(retryAfter -> {
            assertThat(retryAfter.seconds()).isEqualTo(300);
            assertThat(retryAfter.comment()).isEqualTo("overloaded");
            assertThat(retryAfter.duration()).hasValue(600);
        });

        // Folded over three lines, the last one starting with a tab (shown as '.' by ngrep and tshark).
        Response folded = first(responses, 480);
        assertThat(folded.retryAfter()).hasValueSatisfying(retryAfter -> {
            assertThat(retryAfter.seconds()).isEqualTo(300);
            assertThat(retryAfter.comment()).isEqualTo("lunch break");
            assertThat(retryAfter.duration()).hasValue(1800);
        });
        assertThat(folded.message().header(HeaderNames.CONTENT_LENGTH)).contains("0");
        assertThat(folded.reasons()).extracting(ReasonValue::protocol, reason -> reason.cause().getAsLong(), ReasonValue::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SIP", 480L, "Callee \"Bob\" is away"),
                        org.assertj.core.groups.Tuple.tuple("Q.850", 18L, "No user responding"));

        assertThat(first(responses, 580).reasons()).extracting(ReasonValue::protocol, reason -> reason.cause().getAsLong())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SIP", 580L), org.assertj.core.groups.Tuple.tuple("Q.850", 47L));
        assertThat(first(responses, 580).reasons().get(1).text()).isEqualTo("Resource unavailable, unspecified");

        Response peer = first(responses, 499);
        assertThat(peer.line().reasonPhrase()).isEqualTo("Peer Says No Thanks");
        assertThat(peer.line().hasTableReasonPhrase()).isFalse();
        assertThat(peer.explanation().status().code()).isEqualTo(400);
        assertThat(first(responses, 155).line().reasonPhrase()).isEqualTo("Queued Behind Dave");

        Response proxy = first(responses, 407);
        assertThat(proxy.challenges()).singleElement().satisfies(challenge -> {
            assertThat(challenge.header()).isEqualTo("Proxy-Authenticate");
            assertThat(challenge.scheme()).isEqualTo("Digest");
            assertThat(challenge.realm()).contains("atlanta.example.com");
        });

        // Compact headers both ways: i: for Call-ID, l: for Content-Length, and Retry-After as is.
        Response everywhere = first(responses, 600);
        assertThat(everywhere.message().header(HeaderNames.CALL_ID)).contains("1-29071@127.0.0.1");
        assertThat(everywhere.message().headers()).extracting(Header::received).contains("v", "f", "t", "i", "m", "l");
        assertThat(everywhere.retryAfter()).hasValueSatisfying(retryAfter -> assertThat(retryAfter.seconds()).isEqualTo(120));
    }

    @Test
    void theChallengeOfTheRegistrarIsReadFromTheTcpStream() {
        Response unauthorized = first(Captures.responses(Captures.calls("tshark-follow-tcp.txt")), 401);

        assertThat(unauthorized.challenges()).singleElement().satisfies(challenge -> {
            assertThat(challenge.header()).isEqualTo("WWW-Authenticate");
            assertThat(challenge.scheme()).isEqualTo("Digest");
            assertThat(challenge.realm()).contains("biloxi.example.com");
            assertThat(challenge.parameters()).containsEntry("qop", "auth").containsEntry("algorithm", "MD5");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcpdump-A.txt", "tcpdump-X.txt", "ngrep-byline.txt", "sngrep-export.txt", "sipp-trace_msg.log"})
    void everyFormatFindsTheSameMessages(String capture) {
        // The same traffic seen by different tools: the same messages, byte for byte once unwrapped.
        assertThat(identities("sngrep-export.txt")).isEqualTo(identities(capture));
    }

    private static List<String> identities(String capture) {
        List<String> identities = new ArrayList<>();
        for (SipMessage message : Captures.trace(capture).messages()) {
            if (!identities.contains(message.identity())) {
                identities.add(message.identity());
            }
        }
        return identities;
    }

    private static Response first(List<Response> responses, int code) {
        Optional<Response> found = responses.stream().filter(response -> response.code() == code).findFirst();
        assertThat(found).as("a %d response", code).isPresent();
        return found.get();
    }
}
