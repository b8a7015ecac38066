package org.acme;

import java.util.Locale;
import org.acme.sip.SipStatus;

public final class Texts {
    private Texts() {}

    public static String of(int code, String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        SipStatus status = SipStatus.valueOf(code);
        return status.message(locale) + "|" + status.hint(locale).orElse("-") + "|" + status.category().title(locale);
    }
}
