package io.github.sipstatus.example.calls;

import io.github.sipstatus.example.headers.ReasonValue;
import io.github.sipstatus.sip.Q850Cause;
import io.github.sipstatus.sip.SipStatus;

import java.util.Locale;
import java.util.Optional;

/**
 * Cause texts from the generated tables: a {@code SIP} cause is a status code, so it is the table's reason phrase;
 * a {@code Q.850} cause comes from {@link #q850(int, Locale)}.
 */
public final class TableCauseTexts implements CauseTexts {

    @Override
    public Optional<String> textOf(ReasonValue reason, Locale locale) {
        if (reason.cause().isEmpty()) {
            return Optional.empty();
        }
        long cause = reason.cause().getAsLong();
        if (reason.isSip() && cause >= 100 && cause <= 699) {
            return SipStatus.of((int) cause).map(SipStatus::reasonPhrase);
        }
        if (reason.isQ850() && cause >= 0 && cause <= 127) {
            return q850((int) cause, locale);
        }
        return Optional.empty();
    }

    /** The Q.850 cause's own message from the table (RFC 3398's causes, en and nl), if the table lists it. */
    Optional<String> q850(int cause, Locale locale) {
        return Q850Cause.of(cause).map(listed -> listed.message(locale));
    }
}
