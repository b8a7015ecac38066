package io.github.sipstatus.example;

import io.github.sipstatus.example.ParsedInput.Invalid;
import io.github.sipstatus.example.ParsedInput.Problem;
import io.github.sipstatus.sip.SipStatus;
import io.github.sipstatus.sip.SipStatusCategory;
import io.github.sipstatus.sip.SipStatusLine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFormatterTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ReportFormatter english = new ReportFormatter(new UiMessages(Locale.ENGLISH));
    private final ReportFormatter dutch = new ReportFormatter(new UiMessages(DUTCH));

    @Test
    void explainsAKnownCode() {
        assertThat(english.explanation(Explanation.of(486))).containsExactly(
                "486 Busy Here (Client Error)",
                "  Message: Busy here",
                "  Hint:    called party's equipment busy",
                "  Policy:  Counts as: busy \u00b7 Dialer retries: yes \u00b7 Escalate: no",
                "  Advice:  Retry later: the condition is temporary; wait (honour Retry-After if present) and try again.");
    }

    @Test
    void explainsAKnownCodeInDutch() {
        assertThat(dutch.explanation(Explanation.of(486))).containsExactly(
                "486 Busy Here (Clientfout)",
                "  Melding: In gesprek",
                "  Tip:     apparatuur gebelde partij in gesprek",
                "  Beleid:  Telt als: bezet \u00b7 Dialer belt opnieuw: ja \u00b7 Escaleren: nee",
                "  Advies:  Probeer het later opnieuw: het probleem is tijdelijk; wacht (volg Retry-After als die er is)"
                        + " en probeer het nog eens.");
    }

    @Test
    void saysSoWhenTheCodeIsMissingFromTheTable() {
        assertThat(english.explanation(Explanation.of(499)))
                .startsWith(
                        "499 is not in the table; treated as 400 Bad Request (RFC 3261 §8.1.3.2)",
                        "400 Bad Request (Client Error)")
                .endsWith("  Advice:  Try again with changes: the request itself was not acceptable; fix it before resending.");
    }

    @Test
    void aCodeMissingFromTheTableHasThePolicyOfTheStatusItIsTreatedAs() {
        List<String> asBadRequest = new ArrayList<>(english.explanation(Explanation.of(400)));
        asBadRequest.add(0, "499 is not in the table; treated as 400 Bad Request (RFC 3261 §8.1.3.2)");

        assertThat(english.explanation(Explanation.of(499)))
                .contains("  Policy:  Counts as: failed \u00b7 Dialer retries: no \u00b7 Escalate: no")
                .isEqualTo(asBadRequest);
        // 607 Unwanted is treated as 600 Busy Everywhere and has its policy (its advice is decided on 607 itself).
        assertThat(english.explanation(Explanation.of(607))).contains(
                "  Policy:  Counts as: busy \u00b7 Dialer retries: yes \u00b7 Escalate: no",
                "  Advice:  Give up: retrying will not help; tell the caller the call cannot be completed.");
    }

    @Test
    void thePolicyNamesTheTicketQueueWhenTheTableGivesOne() {
        assertThat(english.explanation(Explanation.of(503))).contains(
                "  Policy:  Counts as: failed \u00b7 Dialer retries: yes \u00b7 Escalate: yes \u00b7 Ticket queue: noc");
        assertThat(dutch.policy(SipStatus.FORBIDDEN))
                .isEqualTo("Telt als: geweigerd \u00b7 Dialer belt opnieuw: nee \u00b7 Escaleren: nee \u00b7 Ticketwachtrij: provisioning");
    }

    @Test
    void aProvisionalResponseEndsNoCallAndHasNoPolicy() {
        assertThat(english.explanation(Explanation.of(180))).noneMatch(line -> line.startsWith("  Policy:"));
        assertThat(english.explanation(Explanation.of(199))).noneMatch(line -> line.startsWith("  Policy:"));
        assertThat(english.explanation(Explanation.of(200))).contains(
                "  Policy:  Counts as: success \u00b7 Dialer retries: no \u00b7 Escalate: no");
    }

    @Test
    void saysSoWhenTheCodeIsMissingFromTheTableInDutch() {
        assertThat(dutch.explanation(Explanation.of(199))).startsWith(
                "199 staat niet in de tabel; behandeld als 183 Session Progress (RFC 3261 §8.1.3.2)",
                "183 Session Progress (Informatief)");
    }

    @Test
    void errorQuotesTheInput() {
        assertThat(english.error(new Invalid("abc", Problem.NOT_A_STATUS_CODE))).isEqualTo(
                "sip-explain: \"abc\" is neither a status code (like 486) nor a SIP status line"
                        + " (like SIP/2.0 486 Busy Here)");
        assertThat(english.error(new Invalid("700", Problem.OUT_OF_RANGE))).isEqualTo(
                "sip-explain: \"700\" is out of range: SIP status codes are 100 to 699");
    }

    @Test
    void showsTheReceivedLineWhenItsPhraseIsNotTheTables() {
        assertThat(english.explanation(Explanation.of(SipStatusLine.parse("SIP/2.0 486 Peer Says No Thanks")))).containsExactly(
                "486 Busy Here (Client Error)",
                "  Received: SIP/2.0 486 Peer Says No Thanks",
                "  Message:  Busy here",
                "  Hint:     called party's equipment busy",
                "  Policy:   Counts as: busy \u00b7 Dialer retries: yes \u00b7 Escalate: no",
                "  Advice:   Retry later: the condition is temporary; wait (honour Retry-After if present) and try again.");
        assertThat(dutch.explanation(Explanation.of(SipStatusLine.parse("SIP/2.0 499 Eigen Weigering"))))
                .contains("  Ontvangen: SIP/2.0 499 Eigen Weigering");
    }

    @Test
    void aLineWithTheTablesPhraseReadsLikeItsCode() {
        assertThat(english.explanation(Explanation.of(SipStatusLine.parse("SIP/2.0 486 Busy Here\r\n"))))
                .isEqualTo(english.explanation(Explanation.of(486)));
    }

    @Test
    void aMalformedStatusLineGivesTheParsersReason() {
        ParsedInput.Invalid invalid = (ParsedInput.Invalid) new StatusCodeParser().parseArgument("SIP/2.0 700 Weird");
        assertThat(english.error(invalid)).isEqualTo("sip-explain: the SIP status line cannot be read (not a SIP status line:"
                + " status code 700 is not in 100..699 at index 8 of \"SIP/2.0 700 Weird\")");
        assertThat(dutch.error(invalid)).startsWith("sip-explain: de SIP-statusregel is onleesbaar (not a SIP status line: ");
    }

    @Test
    void errorInDutch() {
        assertThat(dutch.error(new Invalid("99", Problem.OUT_OF_RANGE))).isEqualTo(
                "sip-explain: \"99\" valt buiten het bereik: SIP-statuscodes lopen van 100 tot en met 699");
    }

    @Test
    void summaryListsTheClassesThatOccurredWithLocalizedTitles() {
        CategoryCounts counts = new CategoryCounts();
        counts.add(SipStatusCategory.CLIENT_ERROR);
        counts.add(SipStatusCategory.SERVER_ERROR);
        counts.add(SipStatusCategory.CLIENT_ERROR);

        assertThat(english.summary(counts)).containsExactly(
                "Summary of 3 responses:",
                "  Client Error    2",
                "  Server Failure  1");
        assertThat(dutch.summary(counts)).containsExactly(
                "Overzicht van 3 antwoorden:",
                "  Clientfout  2",
                "  Serverfout  1");
    }
}
