package org.acme.callcenter;

import java.util.Locale;
import java.util.ResourceBundle;
import org.acme.callcenter.sip.SipStatus;
import org.acme.callcenter.sip.SipStatusCategory;

public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Locale nl = Locale.forLanguageTag("nl");
        SipStatus status = SipStatus.resolve(Integer.parseInt(args[0]));
        System.out.println(Main.class.getModule().getName() + "|" + status.statusLine() + "|" + status.message(nl) + "|"
                + status.hint(nl).orElse("-") + "|" + SipStatusCategory.of(status.code()).title(nl));
        // The same bundles through plain ResourceBundle, from inside the module that holds them.
        System.out.println(ResourceBundle.getBundle(SipStatus.BUNDLE_BASE_NAME, nl).getString(status.messageKey()));
    }
}
