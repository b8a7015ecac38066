package io.github.sipstatus.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The program on traces, as a user runs it: stdin or --file, text or JSON, and input that is not a trace. */
class SipExplainTraceTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(byte[] stdin, String... args) {
        return SipExplain.run(args, new ByteArrayInputStream(stdin), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private int run(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    private List<String> errLines() {
        return err.toString().lines().toList();
    }

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void jsonHasOneObjectPerCallWithItsResponsesInOrder() throws IOException {
        int exitStatus = run(Captures.bytes("tcpdump-X.txt"), "--format", "json");

        assertThat(exitStatus).isEqualTo(SipExplain.OK);
        assertThat(err.toString()).isEmpty();
        JsonNode document = json();
        assertThat(document.get("format").asText()).isEqualTo("tcpdump -X");
        assertThat(document.get("calls")).hasSize(10);
        assertThat(document.get("summary").get("calls").asInt()).isEqualTo(10);
        assertThat(document.get("summary").get("responses").asInt()).isEqualTo(24);
        assertThat(document.get("summary").get("byCategory").get("CLIENT_ERROR").asInt()).isEqualTo(7);
        assertThat(document.get("problems")).isEmpty();

        JsonNode cancelled = document.get("calls").get(5);
        assertThat(cancelled.get("callId").asText()).isEqualTo("1-28956@127.0.0.1");
        assertThat(cancelled.get("outcome").asText()).isEqualTo("cancelled-by-caller");
        assertThat(cancelled.get("outcomeCode").asInt()).isEqualTo(487);
        assertThat(texts(cancelled.get("requests"), "method")).containsExactly("INVITE", "CANCEL", "ACK");
        assertThat(texts(cancelled.get("responses"), "statusLine")).containsExactly("SIP/2.0 100 Trying",
                "SIP/2.0 180 Ringing", "SIP/2.0 200 OK", "SIP/2.0 487 Request Terminated");
        assertThat(texts(cancelled.get("responses"), "method")).containsExactly("INVITE", "INVITE", "CANCEL", "INVITE");
        assertThat(texts(cancelled.get("responses"), "context")).containsExactly("none", "none", "request-accepted", "caller-cancelled");
        assertThat(cancelled.get("responses").get(3).get("hint").asText()).startsWith("The caller cancelled the call");

        JsonNode overloaded = document.get("calls").get(2).get("responses").get(0);
        assertThat(overloaded.get("code").asInt()).isEqualTo(503);
        assertThat(overloaded.get("category").asText()).isEqualTo("SERVER_ERROR");
        assertThat(overloaded.get("final").asBoolean()).isTrue();
        assertThat(overloaded.get("advice").asText()).isEqualTo("RETRY_LATER");
        assertThat(overloaded.get("retryAfter").get("seconds").asLong()).isEqualTo(300);
        assertThat(overloaded.get("retryAfter").get("comment").asText()).isEqualTo("overloaded");
        assertThat(overloaded.get("retryAfter").get("duration").asLong()).isEqualTo(600);
        JsonNode policy = overloaded.get("policy");
        assertThat(policy.get("countsAs").asText()).isEqualTo("FAILED");
        assertThat(policy.get("countsAsText").asText()).isEqualTo("failed");
        assertThat(policy.get("retryable").asBoolean()).isTrue();
        assertThat(policy.get("escalate").asBoolean()).isTrue();
        assertThat(policy.get("ticketQueue").asText()).isEqualTo("noc");

        JsonNode folded = document.get("calls").get(7).get("responses").get(0);
        assertThat(folded.get("reasons")).hasSize(2);
        assertThat(folded.get("reasons").get(0).get("protocol").asText()).isEqualTo("SIP");
        assertThat(folded.get("reasons").get(0).get("cause").asInt()).isEqualTo(480);
        assertThat(folded.get("reasons").get(0).get("causeText").asText()).isEqualTo("Temporarily Unavailable");
        assertThat(folded.get("reasons").get(0).get("text").asText()).isEqualTo("Callee \"Bob\" is away");
        assertThat(folded.get("reasons").get(1).get("protocol").asText()).isEqualTo("Q.850");
        // The cause's own text comes from the table's Q850Cause; the received text is kept beside it.
        assertThat(folded.get("reasons").get(1).get("causeText").asText()).isEqualTo("No user responding");
        assertThat(folded.get("reasons").get(1).get("text").asText()).isEqualTo("No user responding");

        JsonNode unknown = document.get("calls").get(6).get("responses");
        assertThat(unknown.get(2).get("code").asInt()).isEqualTo(499);
        assertThat(unknown.get(2).get("reasonPhrase").asText()).isEqualTo("Peer Says No Thanks");
        assertThat(unknown.get(2).get("hasTableReasonPhrase").asBoolean()).isFalse();
        assertThat(unknown.get(2).get("inTable").asBoolean()).isFalse();
        assertThat(unknown.get(2).get("treatedAs").asInt()).isEqualTo(400);
        assertThat(unknown.get(2).get("tableReasonPhrase").asText()).isEqualTo("Bad Request");
        // 499 has the policy of 400, the status it is treated as: no queue, so null, never absent.
        assertThat(unknown.get(2).get("policy").get("countsAs").asText()).isEqualTo("FAILED");
        assertThat(unknown.get(2).get("policy").get("retryable").asBoolean()).isFalse();
        assertThat(unknown.get(2).get("policy").get("ticketQueue").isNull()).isTrue();

        JsonNode register = document.get("calls").get(3);
        assertThat(register.get("outcome").asText()).isEqualTo("request-accepted");
        JsonNode challenge = register.get("responses").get(0).get("challenges").get(0);
        assertThat(challenge.get("header").asText()).isEqualTo("WWW-Authenticate");
        assertThat(challenge.get("scheme").asText()).isEqualTo("Digest");
        assertThat(challenge.get("realm").asText()).isEqualTo("biloxi.example.com");
    }

    @Test
    void jsonFollowsTheLocaleForTextsMeantForPeople() throws IOException {
        run(Captures.bytes("sngrep-export.txt"), "--format=json", "--locale", "nl");

        JsonNode busy = json().get("calls").get(1).get("responses").get(1);
        assertThat(busy.get("message").asText()).isEqualTo("In gesprek");
        assertThat(busy.get("reasonPhrase").asText()).isEqualTo("Busy Here");
        assertThat(busy.get("category").asText()).isEqualTo("CLIENT_ERROR");
        assertThat(busy.get("policy").get("countsAs").asText()).isEqualTo("BUSY");
        assertThat(busy.get("policy").get("countsAsText").asText()).isEqualTo("bezet");
    }

    @Test
    void jsonWithoutResponsesIsStillADocument() throws IOException {
        int exitStatus = run("no SIP here\n", "--format", "json");

        assertThat(exitStatus).isEqualTo(SipExplain.NOTHING_FOUND);
        assertThat(json().get("calls")).isEmpty();
        assertThat(errLines()).containsExactly("sip-explain: no SIP response found in standard input (read as plain text)");
    }

    @Test
    void readsAFileArgument(@TempDir Path dir) throws IOException {
        Path trace = dir.resolve("call.trace");
        Files.write(trace, Captures.bytes("ngrep-byline.txt"));

        int exitStatus = run("", "--file", trace.toString());

        assertThat(exitStatus).isEqualTo(SipExplain.OK);
        assertThat(outLines()).contains("Call 1-28956@127.0.0.1: cancelled by the caller (CANCEL, then 487 Request Terminated)",
                "Call 1-28943@127.0.0.1: REGISTER accepted: 200 OK", "Calls: 10");
    }

    @Test
    void explainsCallsInDutch() {
        run(Captures.bytes("sipp-trace_msg.log"), "--locale", "nl");

        assertThat(outLines()).contains(
                "Gesprek 1-28914@127.0.0.1: aangenomen, beëindigd met BYE",
                "Gesprek 1-28956@127.0.0.1: geannuleerd door de beller (CANCEL, daarna 487 Request Terminated)",
                "      Tip:     De beller heeft het gesprek geannuleerd (de CANCEL staat in deze trace); de gebelde partij heeft het niet beëindigd.",
                "      Retry-After: 300 seconden (overloaded), daarna 600 seconden bereikbaar",
                "Gesprekken: 10",
                "Berichten die meer dan eens gelogd zijn, eenmaal geteld: 1");
    }

    @Test
    void twoHundredToByeIsRequestAcceptedAndTheReasonIsShown() {
        run(Captures.bytes("sngrep-export.txt"));

        List<String> lines = outLines();
        int bye = lines.indexOf("  BYE (CSeq 2)");
        assertThat(lines.subList(bye, bye + 6)).containsExactly(
                "  BYE (CSeq 2)",
                "    200 OK (Success)",
                "      Message: OK",
                "      Hint:    Request accepted: the BYE was taken. This is not a call being answered.",
                "      Policy:  Counts as: success \u00b7 Dialer retries: no \u00b7 Escalate: no",
                "      Advice:  Nothing to do: this is the normal outcome of the request.");
        assertThat(lines).contains("      Reason:  Q.850 cause 17 (User busy), text \"User busy\"",
                "      Reason:      SIP cause 480 (Temporarily Unavailable), text \"Callee \"Bob\" is away\"");
    }

    @Test
    void aFoldedHeaderInventsNoResponseAndAFoldedLengthIsNoError() {
        // The report: "Retry-After:" then " 300" gave a phantom 300 Multiple Choices, and a Content-Length
        // folded before its 0 gave an error.
        String trace = "SIP/2.0 503 Service Unavailable\r\nCall-ID: a\r\nCSeq: 1 INVITE\r\nRetry-After:\r\n 300\r\n"
                + "Content-Length:\r\n 0\r\n\r\n";

        int exitStatus = run(trace);

        assertThat(exitStatus).isEqualTo(SipExplain.OK);
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).doesNotContain("Multiple Choices").contains("Retry-After: 300 seconds");
    }

    @Test
    void aPacketLineOfTcpdumpAndAQuoteOfSippAreStatusLines() {
        run("E..Uf.@.@.......A.TSIP/2.0 486 Busy Here\nCall-ID: x\nCSeq: 1 INVITE\n\n"
                + "2026-01-01\t10:00:00.1\t1.1: Aborting call on unexpected message for Call-Id 'y': while expecting '200'"
                + " (index 1), received 'SIP/2.0 480 Temporarily Unavailable\nCall-ID: y\nCSeq: 1 INVITE\n\n'");

        assertThat(outLines()).contains("Call x: failed: 486 Busy Here", "Call y: failed: 480 Temporarily Unavailable");
    }

    @Test
    void aBinaryCaptureOnStdinIsRefusedWithAClearMessage() {
        int exitStatus = run(Captures.bytes("capture-busy.pcap"));

        assertThat(exitStatus).isEqualTo(SipExplain.UNREADABLE_INPUT);
        assertThat(out.toString()).isEmpty();
        assertThat(errLines()).containsExactly("sip-explain: standard input is a binary capture (pcap or pcapng), not text:"
                + " convert it first, e.g. tcpdump -A -r FILE | sip-explain");
    }

    @Test
    void aMissingFileIsUnreadableInput(@TempDir Path dir) {
        String missing = dir.resolve("missing.trace").toString();

        int exitStatus = run("", "--file", missing);

        assertThat(exitStatus).isEqualTo(SipExplain.UNREADABLE_INPUT);
        assertThat(errLines()).containsExactly("sip-explain: cannot read " + missing + ": no such file");
    }

    @Test
    void aBrokenStatusLineInATraceIsReportedWithItsLine() {
        int exitStatus = run("SIP/2.0 180 Ringing\nCall-ID: a\n\nSIP/2.0 700 Weird\nSIP/2.0 486 Busy\u0000Here\n");

        assertThat(exitStatus).isEqualTo(SipExplain.BAD_INPUT);
        assertThat(outLines()).contains("    180 Ringing (Informational)");
        assertThat(errLines()).containsExactly(
                "sip-explain: line 4: the SIP status line cannot be read (not a SIP status line: status code 700 is not"
                        + " in 100..699 at index 8 of \"SIP/2.0 700 Weird\")",
                "sip-explain: line 5: the SIP status line cannot be read (not a SIP status line: the control character"
                        + " U+0000 in the reason phrase at index 16 of \"SIP/2.0 486 Busy\\u0000Here\")");
    }

    @Test
    void latin1InputIsReadAsLatin1() {
        byte[] trace = "SIP/2.0 486 Occup\u00e9\r\nCall-ID: a\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

        int exitStatus = run(trace);

        assertThat(exitStatus).isEqualTo(SipExplain.OK);
        assertThat(outLines()).contains("      Received: SIP/2.0 486 Occup\u00e9");
    }

    @Test
    void aPipedListOfCodesIsStillExplained() {
        int exitStatus = run("486\n  503  \n");

        assertThat(exitStatus).isEqualTo(SipExplain.OK);
        assertThat(outLines()).contains("486 Busy Here (Client Error)", "503 Service Unavailable (Server Failure)",
                "Summary of 2 responses:");
    }

    @Test
    void aFailedCallShowsThePolicyOfItsFinalResponse() {
        run(Captures.bytes("sngrep-export.txt"));

        List<String> lines = outLines();
        int busy = lines.indexOf("    486 Busy Here (Client Error)");
        assertThat(busy).isNotNegative();
        assertThat(lines.subList(busy, lines.size()))
                .contains("      Policy:  Counts as: busy \u00b7 Dialer retries: yes \u00b7 Escalate: no");
    }

    @Test
    void aPipedListOfCodesAsJsonIsTheDocumentOfCodes() throws IOException {
        int exitStatus = run("486\n  499  \n", "--format", "json");

        assertThat(exitStatus).isEqualTo(SipExplain.OK);
        JsonNode document = json();
        assertThat(texts(document.get("responses"), "code")).containsExactly("486", "499");
        assertThat(document.get("responses").get(1).get("treatedAs").asInt()).isEqualTo(400);
        assertThat(document.has("calls")).isFalse();
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThat(run("", "--format", "xml")).isEqualTo(SipExplain.BAD_INPUT);
        assertThat(errLines()).first().isEqualTo("sip-explain: --format needs text or json, not \"xml\"");
    }

    @Test
    void hugeLinesAndEndlessFoldsTakeLinearTime() {
        StringBuilder trace = new StringBuilder("SIP/2.0 486 Busy Here\r\nCall-ID: huge\r\nX-Long: ");
        trace.append("SIP/2.0 200 OK ".repeat(400_000)).append("\r\nX-Folded: start\r\n");
        trace.append(" SIP/2.0 200 OK\r\n".repeat(300_000)).append("\r\n");
        trace.append("E..".repeat(3_000_000)).append("\n");

        int exitStatus = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> run(trace.toString()));

        assertThat(exitStatus).isEqualTo(SipExplain.OK);
        assertThat(outLines()).first().isEqualTo("Call huge: failed: 486 Busy Here");
        assertThat(out.toString()).doesNotContain("200 OK");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asText()));
        return texts;
    }
}
