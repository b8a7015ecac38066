package com.example.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.sip.Q850Cause;
import com.example.sip.SipReason;
import com.example.sip.SipStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A gateway's code, written against the generated API of a table that changes two RFC 3398 rows. */
class ReasonHeaderTest {

    @Test
    void aReasonHeaderOnABusyResponseNamesTheCauseForThePhoneNetwork() {
        List<SipReason> reasons = SipReason.parseHeader("Reason: Q.850 ;cause=17 ;text=\"User busy\", SIP;cause=486");
        assertEquals(2, reasons.size());
        Q850Cause cause = reasons.get(0).q850Cause().orElseThrow();
        assertEquals(Q850Cause.USER_BUSY, cause);
        assertEquals("Gebruiker in gesprek", cause.message(Locale.forLanguageTag("nl")));
        assertEquals(Optional.of(SipStatus.BUSY_HERE), reasons.get(1).sipStatus());
        assertEquals("Q.850;cause=17;text=\"User busy\"", SipReason.of(cause).toString());
    }

    @Test
    void theCarriersRowsWinAndTheRestIsRfc3398() {
        assertEquals(Optional.of(SipStatus.DECLINE), Q850Cause.valueOf(21).sipStatus());          // RFC 3398: 403
        assertEquals(Optional.of(Q850Cause.NO_USER_RESPONDING), SipStatus.REQUEST_TIMEOUT.q850Cause());   // RFC: 102
        assertEquals(Optional.of(Q850Cause.USER_BUSY), SipStatus.BUSY_HERE.q850Cause());
        assertEquals(Optional.of(SipStatus.SERVER_INTERNAL_ERROR), Q850Cause.toSipStatus(99));
        assertEquals(Optional.of(Q850Cause.NORMAL_CALL_CLEARING), Q850Cause.ofClearingRequest("BYE"));
    }

    @Test
    void aMalformedHeaderIsRefusedWithItsPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SipReason.parseHeader("Q.850;cause="));
        assertEquals(true, e.getMessage().contains("at index"), e.getMessage());
    }
}
