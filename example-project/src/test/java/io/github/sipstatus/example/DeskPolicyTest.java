package io.github.sipstatus.example;

import io.github.sipstatus.sip.SipStatus;
import io.github.sipstatus.sip.SipStatus.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The support desk's policy as src/main/sip/sip-status-codes.yaml declares it, held to what it claims to be: JsSIP's
 * grouping of failures, no failure outcome for a response that is none, and pages for server failures only.
 */
class DeskPolicyTest {

    /** JsSIP's SIP_ERROR_CAUSES (lib/Constants.js), including 430 and 424, which the callvoip table lacks. */
    private static final Map<Outcome, List<Integer>> JSSIP = Map.of(
            Outcome.REDIRECTED, List.of(300, 301, 302, 305, 380),
            Outcome.BUSY, List.of(486, 600),
            Outcome.REJECTED, List.of(403, 603),
            Outcome.NOT_FOUND, List.of(404, 604),
            Outcome.UNAVAILABLE, List.of(480, 410, 408, 430),
            Outcome.ADDRESS_INCOMPLETE, List.of(484, 424),
            Outcome.INCOMPATIBLE_SDP, List.of(488, 606),
            Outcome.AUTHENTICATION_ERROR, List.of(401, 407));

    @Test
    void everyFinalResponseCountsAsJsSipGroupsIt() {
        for (SipStatus status : SipStatus.values()) {
            if (!status.isFinal() || status.isSuccess()) {
                continue;
            }
            Outcome expected = Outcome.FAILED; // JsSIP's SIP_FAILURE_CODE: any other failure
            for (Map.Entry<Outcome, List<Integer>> group : JSSIP.entrySet()) {
                if (group.getValue().contains(status.code())) {
                    expected = group.getKey();
                }
            }
            assertThat(status.outcome()).as("%s", status).isEqualTo(expected);
        }
    }

    @Test
    void responsesThatAreNoFailureNeverCountAsOne() {
        for (SipStatus status : SipStatus.values()) {
            if (status.isProvisional()) {
                assertThat(status.outcome()).as("%s", status).isEqualTo(Outcome.IN_PROGRESS);
            } else if (status.isSuccess()) {
                assertThat(status.outcome()).as("%s", status).isEqualTo(Outcome.SUCCESS);
            } else {
                assertThat(status.outcome()).as("%s", status).isNotIn(Outcome.IN_PROGRESS, Outcome.SUCCESS);
            }
        }
    }

    /** The on-call engineer is paged for our side's faults (5xx), never for the caller's or the callee's. */
    @Test
    void onlyServerFailuresEscalate() {
        for (SipStatus status : SipStatus.values()) {
            if (status.escalate()) {
                assertThat(status.isServerError()).as("%s", status).isTrue();
                assertThat(status.ticketQueue()).as("%s", status).contains("noc");
            }
        }
        assertThat(SipStatus.SERVICE_UNAVAILABLE.escalate()).isTrue();
        assertThat(SipStatus.NOT_IMPLEMENTED.escalate()).isFalse();
    }
}
