package io.github.sipstatus.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the whole program on in-memory streams, as a user would see it. */
class SipExplainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        return SipExplain.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    private List<String> errLines() {
        return err.toString().lines().toList();
    }

    @Test
    void explainsEveryArgumentAndCountsThemPerClass() {
        int exitStatus = run("", "486", "SIP/2.0 503 Service Unavailable", "499");

        assertThat(exitStatus).isEqualTo(SipExplain.OK);
        assertThat(errLines()).isEmpty();
        assertThat(outLines())
                .contains("486 Busy Here (Client Error)",
                        "503 Service Unavailable (Server Failure)",
                        "499 is not in the table; treated as 400 Bad Request (RFC 3261 §8.1.3.2)")
                .endsWith(
                        "",
                        "Summary of 3 responses:",
                        "  Client Error    2",
                        "  Server Failure  1");
    }

    @Test
    void dutch() {
        int exitStatus = run("", "--locale", "nl", "486", "499");

        assertThat(exitStatus).isEqualTo(SipExplain.OK);
        assertThat(outLines()).contains(
                "486 Busy Here (Clientfout)",
                "  Melding: In gesprek",
                "  Advies:  Probeer het later opnieuw: het probleem is tijdelijk; wacht (volg Retry-After als die er is)"
                        + " en probeer het nog eens.",
                "499 staat niet in de tabel; behandeld als 400 Bad Request (RFC 3261 §8.1.3.2)",
                "Overzicht van 2 antwoorden:",
                "  Clientfout  2");
    }

    @Test
    void regionalTagFallsBackToItsLanguage() {
        run("", "--locale=nl-BE", "200");

        assertThat(outLines()).contains("200 OK (Succes)", "  Advies:  Niets te doen: dit is de normale afloop van het verzoek.");
    }

    @Test
    void unsupportedLanguageGivesEnglishNotTheJvmDefault() {
        Locale jvmDefault = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("nl"));
        try {
            run("", "--locale", "fr", "200");
        } finally {
            Locale.setDefault(jvmDefault);
        }

        assertThat(outLines()).contains("200 OK (Success)", "  Advice:  Nothing to do: this is the normal outcome of the request.");
    }

    @Test
    void singleResponseHasNoSummary() {
        run("", "180");

        assertThat(outLines()).containsExactly(
                "180 Ringing (Informational)",
                "  Message: Ringing",
                "  Hint:    The called party's phone is ringing. No action needed; wait for the call to be answered.",
                "  Advice:  Wait: the request is still in progress; a final response will follow.");
    }

    @Test
    void eachFinalResponseShowsTheDesksPolicyFromTheTable() {
        int exitStatus = run("", "486", "499", "504");

        assertThat(exitStatus).isEqualTo(SipExplain.OK);
        assertThat(outLines()).contains(
                "486 Busy Here (Client Error)",
                "  Policy:  Counts as: busy \u00b7 Dialer retries: yes \u00b7 Escalate: no",
                "499 is not in the table; treated as 400 Bad Request (RFC 3261 §8.1.3.2)",
                "  Policy:  Counts as: failed \u00b7 Dialer retries: no \u00b7 Escalate: no",
                "504 Server Time-out (Server Failure)",
                "  Policy:  Counts as: failed \u00b7 Dialer retries: yes \u00b7 Escalate: yes \u00b7 Ticket queue: noc");
    }

    @Test
    void thePolicyInDutch() {
        run("", "--locale", "nl", "407");

        assertThat(outLines()).contains(
                "  Beleid:  Telt als: authenticatiefout \u00b7 Dialer belt opnieuw: nee \u00b7 Escaleren: nee"
                        + " \u00b7 Ticketwachtrij: provisioning");
    }

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void codesAsJsonAreOneDocumentWithThePolicyOfEach() throws IOException {
        int exitStatus = run("", "--format", "json", "503", "SIP/2.0 499 Peer Says No Thanks", "q850:17", "q850:99");

        assertThat(exitStatus).isEqualTo(SipExplain.OK);
        assertThat(errLines()).isEmpty();
        JsonNode document = json();
        JsonNode unavailable = document.get("responses").get(0);
        assertThat(unavailable.get("statusLine").isNull()).isTrue();
        assertThat(unavailable.get("code").asInt()).isEqualTo(503);
        assertThat(unavailable.get("reasonPhrase").isNull()).isTrue();
        assertThat(unavailable.get("inTable").asBoolean()).isTrue();
        assertThat(unavailable.get("treatedAs").asInt()).isEqualTo(503);
        assertThat(unavailable.get("tableReasonPhrase").asText()).isEqualTo("Service Unavailable");
        assertThat(unavailable.get("category").asText()).isEqualTo("SERVER_ERROR");
        assertThat(unavailable.get("final").asBoolean()).isTrue();
        assertThat(unavailable.get("message").asText()).isEqualTo(io.github.sipstatus.sip.SipStatus.SERVICE_UNAVAILABLE
                .message(Locale.ENGLISH));
        assertThat(unavailable.get("advice").asText()).isEqualTo("RETRY_LATER");
        JsonNode policy = unavailable.get("policy");
        assertThat(policy.get("countsAs").asText()).isEqualTo("FAILED");
        assertThat(policy.get("countsAsText").asText()).isEqualTo("failed");
        assertThat(policy.get("retryable").asBoolean()).isTrue();
        assertThat(policy.get("escalate").asBoolean()).isTrue();
        assertThat(policy.get("ticketQueue").asText()).isEqualTo("noc");

        JsonNode unknown = document.get("responses").get(1);
        assertThat(unknown.get("statusLine").asText()).isEqualTo("SIP/2.0 499 Peer Says No Thanks");
        assertThat(unknown.get("code").asInt()).isEqualTo(499);
        assertThat(unknown.get("reasonPhrase").asText()).isEqualTo("Peer Says No Thanks");
        assertThat(unknown.get("inTable").asBoolean()).isFalse();
        assertThat(unknown.get("treatedAs").asInt()).isEqualTo(400);
        assertThat(unknown.get("advice").asText()).isEqualTo("RETRY_WITH_CHANGES");
        assertThat(unknown.get("policy").get("countsAs").asText()).isEqualTo("FAILED");
        assertThat(unknown.get("policy").get("retryable").asBoolean()).isFalse();
        assertThat(unknown.get("policy").get("ticketQueue").isNull()).isTrue();

        JsonNode causes = document.get("causes");
        assertThat(causes).hasSize(2);
        assertThat(causes.get(0).get("cause").asInt()).isEqualTo(17);
        assertThat(causes.get(0).get("name").asText()).isEqualTo("User busy");
        assertThat(causes.get(0).get("sip").asInt()).isEqualTo(486);
        assertThat(causes.get(1).get("inTable").asBoolean()).isFalse();
        assertThat(causes.get(1).get("name").isNull()).isTrue();
        assertThat(causes.get(1).get("sip").asInt()).isEqualTo(500);

        assertThat(document.get("summary").get("responses").asInt()).isEqualTo(2);
        assertThat(document.get("summary").get("byCategory").get("CLIENT_ERROR").asInt()).isEqualTo(1);
        assertThat(document.get("problems")).isEmpty();
    }

    @Test
    void codesAsJsonFollowTheLocaleAndListBadInputAsProblems() throws IOException {
        int exitStatus = run("", "--format=json", "--locale", "nl", "486", "abc");

        assertThat(exitStatus).isEqualTo(SipExplain.BAD_INPUT);
        JsonNode document = json();
        assertThat(document.get("responses")).hasSize(1);
        assertThat(document.get("responses").get(0).get("message").asText()).isEqualTo("In gesprek");
        assertThat(document.get("responses").get(0).get("policy").get("countsAsText").asText()).isEqualTo("bezet");
        assertThat(document.get("problems")).hasSize(1);
        assertThat(document.get("problems").get(0).get("text").asText()).isEqualTo("abc");
        assertThat(document.get("problems").get(0).get("detail").asText())
                .isEqualTo("\"abc\" is geen statuscode (zoals 486) en geen SIP-statusregel (zoals SIP/2.0 486 Busy Here)");
        // stderr says it too, as for text: a script that ignores the document still sees the mistake.
        assertThat(errLines()).containsExactly("sip-explain: \"abc\" is geen statuscode (zoals 486) en geen SIP-statusregel"
                + " (zoals SIP/2.0 486 Busy Here)");
    }

    @Test
    void badInputsAreReportedButTheOthersStillPrint() {
        int exitStatus = run("", "99", "486", "abc", "700");

        assertThat(exitStatus).isEqualTo(SipExplain.BAD_INPUT);
        assertThat(errLines()).containsExactly(
                "sip-explain: \"99\" is out of range: SIP status codes are 100 to 699",
                "sip-explain: \"abc\" is neither a status code (like 486) nor a SIP status line"
                        + " (like SIP/2.0 486 Busy Here)",
                "sip-explain: \"700\" is out of range: SIP status codes are 100 to 699");
        assertThat(outLines()).first().isEqualTo("486 Busy Here (Client Error)");
        assertThat(out.toString()).doesNotContain("Summary");
    }

    @Test
    void readsATraceFromStdinWhenThereAreNoCodes() {
        String trace = String.join("\r\n",
                "INVITE sip:bob@biloxi.example.com SIP/2.0",
                "Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds",
                "CSeq: 314159 INVITE",
                "",
                "SIP/2.0 100 Trying",
                "Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds",
                "CSeq: 314159 INVITE",
                "",
                "SIP/2.0 407 Proxy Authentication Required",
                "Proxy-Authenticate: Digest realm=\"atlanta.example.com\", nonce=\"f84f1cec41e6cbe5aea9c8e88d359\"",
                "CSeq: 314159 INVITE",
                "",
                "SIP/2.0 180 Ringing",
                "SIP/2.0 200 OK",
                "");

        int exitStatus = run(trace);

        assertThat(exitStatus).isEqualTo(SipExplain.OK);
        // Without a Call-ID the messages are one group; without CSeq the last two are an exchange of their own.
        assertThat(outLines())
                .startsWith("Messages without a Call-ID: failed: 407 Proxy Authentication Required",
                        "  INVITE (CSeq 314159)",
                        "    100 Trying (Informational)",
                        "    407 Proxy Authentication Required (Client Error)")
                .contains("      Challenge: Digest, realm \"atlanta.example.com\" (Proxy-Authenticate)",
                        "      Advice:    Authenticate: send the request again with credentials for the challenge in the response.",
                        "  (request unknown)",
                        "    180 Ringing (Informational)",
                        "    200 OK (Success)")
                .endsWith(
                        "Summary of 4 responses:",
                        "  Informational  2",
                        "  Success        1",
                        "  Client Error   1",
                        "Calls: 1");
    }

    @Test
    void stdinWithoutStatusLinesIsReported() {
        int exitStatus = run("INVITE sip:bob@biloxi.example.com SIP/2.0\nCSeq: 1 INVITE\n");

        assertThat(exitStatus).isEqualTo(SipExplain.NOTHING_FOUND);
        assertThat(out.toString()).isEmpty();
        assertThat(errLines()).containsExactly("sip-explain: no SIP response found in standard input (read as plain text)");
    }

    @Test
    void help() {
        int exitStatus = run("", "--help");

        assertThat(exitStatus).isEqualTo(SipExplain.OK);
        assertThat(outLines()).startsWith("Usage: sip-explain [--locale TAG] [--format text|json] [--file TRACE]... [CODE | \"STATUS-LINE\" | q850:CAUSE]...")
                .contains("  --locale TAG   output language as a BCP 47 tag: en (default), nl, nl-BE");
    }

    @Test
    void helpInDutch() {
        run("", "--locale", "nl", "-h");

        assertThat(outLines()).contains("  -h, --help     toon deze hulp");
    }

    @Test
    void unknownOptionIsAUsageError() {
        int exitStatus = run("", "--verbose", "486");

        assertThat(exitStatus).isEqualTo(SipExplain.BAD_INPUT);
        assertThat(out.toString()).isEmpty();
        assertThat(errLines()).first().isEqualTo("sip-explain: unknown option --verbose");
        assertThat(errLines()).contains("Usage: sip-explain [--locale TAG] [--format text|json] [--file TRACE]... [CODE | \"STATUS-LINE\" | q850:CAUSE]...");
    }

    @Test
    void malformedLocaleIsAUsageError() {
        int exitStatus = run("", "--locale", "nl_NL!", "486");

        assertThat(exitStatus).isEqualTo(SipExplain.BAD_INPUT);
        assertThat(errLines()).first()
                .isEqualTo("sip-explain: \"nl_NL!\" is not a BCP 47 language tag (try nl, nl-BE or en)");
    }

    @Test
    void missingLocaleValueIsAUsageError() {
        int exitStatus = run("", "486", "--locale");

        assertThat(exitStatus).isEqualTo(SipExplain.BAD_INPUT);
        assertThat(errLines()).first().isEqualTo("sip-explain: --locale needs a language tag, e.g. --locale nl");
    }

    @Test
    void aTraceLineWithAVendorsPhraseShowsWhatWasReceived() {
        int exitStatus = run("INVITE sip:bob@example.com SIP/2.0\r\nCSeq: 1 INVITE\r\n\r\nSIP/2.0 499 Peer Says No Thanks\r\nCSeq: 1 INVITE\r\n");

        assertThat(exitStatus).isEqualTo(SipExplain.OK);
        assertThat(outLines()).startsWith(
                "Messages without a Call-ID: failed: 499 Peer Says No Thanks",
                "  INVITE (CSeq 1)",
                "    499 is not in the table; treated as 400 Bad Request (RFC 3261 §8.1.3.2)",
                "    400 Bad Request (Client Error)",
                "      Received: SIP/2.0 499 Peer Says No Thanks");
    }

    @Test
    void aQ850CauseIsExplainedWithTheSipResponseForIt() {
        int exitStatus = run("", "--locale", "nl", "q850:17", "Q.850:16", "q850:99", "q850:200");

        assertThat(exitStatus).isEqualTo(SipExplain.BAD_INPUT);
        assertThat(outLines()).containsExactly(
                "Q.850-oorzaak 17: User busy",
                "  Melding: Gebruiker in gesprek",
                "  SIP:     486 Busy Here",
                "",
                "Q.850-oorzaak 16: Normal call clearing",
                "  Melding: Gesprek normaal beëindigd",
                "  SIP:     geen antwoord: het gesprek wordt beëindigd met BYE, of met CANCEL voordat het is aangenomen",
                "",
                "Q.850-oorzaak 99 staat niet in de tabel",
                "  SIP: 500 Server Internal Error (RFC 3398 §7.2.4.1: het antwoord op elke oorzaak die er niet in staat)");
        assertThat(errLines()).containsExactly(
                "sip-explain: \"q850:200\" valt buiten het bereik: Q.850-oorzaken lopen van 0 tot en met 127");
    }

    @Test
    void doubleDashEndsTheOptions() {
        int exitStatus = run("", "--", "--help");

        assertThat(exitStatus).isEqualTo(SipExplain.BAD_INPUT);
        assertThat(errLines()).containsExactly("sip-explain: \"--help\" is neither a status code (like 486)"
                + " nor a SIP status line (like SIP/2.0 486 Busy Here)");
    }
}
