package org.acme.voip;

import java.util.Locale;
import org.acme.voip.status.SipStatus;
import org.acme.voip.status.SipStatusCodes;

public final class Dialer {

    private Dialer() {}

    public static String onResponse(int code) {
        if (code == SipStatusCodes.LINE_BUSY) {
            return SipStatus.LINE_BUSY.message(Locale.GERMANY) + " / " + SipStatus.LINE_BUSY.hint(Locale.GERMAN).orElse("");
        }
        return SipStatus.resolve(code).message(Locale.forLanguageTag("fr"));
    }
}
