package org.acme.carrier;

import io.github.sipstatus.it.sip.SipStatus;
import io.github.sipstatus.it.sip.SipStatusCodes;
import java.util.Locale;

/** Uses the vendor code like any registry code: a constant in a switch, texts from the bundles. */
public final class Router {
    private Router() {}

    public static String onFailure(int code, String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        switch (code) {
            case SipStatusCodes.UNRESOLVABLE_DESTINATION:
                return "fix the number: " + SipStatus.valueOf(code).message(locale);
            case SipStatusCodes.BUSY_HERE:
                return "retry: " + SipStatus.valueOf(code).hint(locale).orElse("-");
            default:
                return SipStatus.resolve(code).statusLine();
        }
    }
}
