package com.example.dialer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.dialer.Dialer.Action;
import com.example.dialer.Dialer.Decision;
import com.example.sip.SipStatus;
import com.example.sip.SipStatus.Outcome;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The dialer's decisions, each following from the table's columns for the code. */
class DialerTest {

    @Test
    void aBusyNumberIsCalledAgainInTwoMinutesUnlessItIsBusyEverywhere() {
        assertEquals(new Decision(Action.RETRY_LATER, 120, false, "Busy"), Dialer.onFinalResponse(486));
        assertEquals(new Decision(Action.GIVE_UP, 0, false, "Busy"), Dialer.onFinalResponse(600));
    }

    @Test
    void anUnreachableNumberIsRetriedUnlessItIsGone() {
        assertEquals(new Decision(Action.RETRY_LATER, 600, false, "No answer"), Dialer.onFinalResponse(480));
        assertEquals(new Decision(Action.RETRY_LATER, 600, false, "No answer"), Dialer.onFinalResponse(408));
        assertEquals(new Decision(Action.DROP_NUMBER, 0, false, "Wrong numbers"), Dialer.onFinalResponse(410));
        assertEquals(new Decision(Action.DROP_NUMBER, 0, false, "Other failures"), Dialer.onFinalResponse(430));
    }

    @Test
    void aRejectedOrUnknownNumberIsDropped() {
        assertEquals(new Decision(Action.DROP_NUMBER, 0, false, "Other failures"), Dialer.onFinalResponse(403));
        assertEquals(new Decision(Action.DROP_NUMBER, 0, false, "Declined"), Dialer.onFinalResponse(603));
        assertEquals(new Decision(Action.DROP_NUMBER, 0, false, "Wrong numbers"), Dialer.onFinalResponse(404));
        assertEquals(new Decision(Action.DROP_NUMBER, 0, false, "Wrong numbers"), Dialer.onFinalResponse(604));
    }

    @Test
    void aTrunkThatAsksForCredentialsPagesTheOnCallEngineer() {
        assertEquals(new Decision(Action.CHECK_CREDENTIALS, 0, true, "Trunk"), Dialer.onFinalResponse(401));
        assertEquals(new Decision(Action.CHECK_CREDENTIALS, 0, true, "Trunk"), Dialer.onFinalResponse(407));
    }

    @Test
    void carrierTroubleIsRetriedWhenTheCarrierSaysSoAndPagesWhenItIsAnError() {
        assertEquals(new Decision(Action.RETRY_LATER, 30, false, "Carrier trouble"), Dialer.onFinalResponse(503));
        assertEquals(new Decision(Action.GIVE_UP, 0, true, "Carrier trouble"), Dialer.onFinalResponse(500));
        // 502 gives no values: the defaults, and no alarm.
        assertEquals(new Decision(Action.GIVE_UP, 0, false, "Other failures"), Dialer.onFinalResponse(502));
    }

    @Test
    void anUnknownCodeIsDecidedAsTheStatusItResolvesTo() {
        assertSame(SipStatus.BAD_REQUEST, SipStatus.resolve(499));
        assertEquals(Outcome.FAILED, SipStatus.resolve(499).outcome());
        assertEquals(OptionalInt.of(1), SipStatus.resolve(499).alarmLevel());
        assertEquals("Dialer bugs", SipStatus.resolve(499).dashboardTile());
        assertEquals(new Decision(Action.GIVE_UP, 0, false, "Dialer bugs"), Dialer.onFinalResponse(499));
        // 599 is a 5xx the table lacks: 500's values, and 500's page.
        assertEquals(new Decision(Action.GIVE_UP, 0, true, "Carrier trouble"), Dialer.onFinalResponse(599));
        assertSame(SipStatus.BUSY_HERE, SipStatus.resolve(486));
        assertEquals(Outcome.BUSY, SipStatus.resolve(486).outcome());
        assertEquals(true, SipStatus.resolve(486).retryable());
    }

    @Test
    void successAndProvisionalResponsesAreNotFailures() {
        assertEquals(new Decision(Action.CONNECTED, 0, false, "Other failures"), Dialer.onFinalResponse(200));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dialer.onFinalResponse(180));
        assertEquals("180 is provisional: the call attempt goes on", e.getMessage());
    }

    @Test
    void theAccessorsGiveTheTablesValuesTheDefaultsOrNothing() {
        assertEquals(OptionalInt.of(2), SipStatus.SERVER_INTERNAL_ERROR.alarmLevel());
        assertEquals(OptionalInt.of(1), SipStatus.SERVICE_UNAVAILABLE.alarmLevel());
        assertEquals(OptionalInt.empty(), SipStatus.BUSY_HERE.alarmLevel());
        assertEquals("Other failures", SipStatus.NOT_ACCEPTABLE_HERE.dashboardTile());
        assertEquals(false, SipStatus.DECLINE.retryable());
        assertEquals(Outcome.FAILED, SipStatus.UNWANTED.outcome());
        assertEquals(Optional.of(SipStatus.UNWANTED), SipStatus.of(607));
    }

    @Test
    void theOutcomesAreInTheOrderTheTableDeclaresThem() {
        assertEquals(List.of(Outcome.BUSY, Outcome.REJECTED, Outcome.NOT_FOUND, Outcome.UNAVAILABLE,
                Outcome.AUTHENTICATION_ERROR, Outcome.FAILED), List.of(Outcome.values()));
    }
}
