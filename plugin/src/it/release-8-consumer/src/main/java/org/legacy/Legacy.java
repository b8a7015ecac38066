package org.legacy;

import io.github.sipstatus.it.sip.SipStatus;
import io.github.sipstatus.it.sip.SipStatusCategory;
import io.github.sipstatus.it.sip.SipStatusCodes;
import java.util.Locale;

/** Java 8 code: no var, no switch expressions. */
public final class Legacy {
    private Legacy() {}

    public static void main(String[] args) {
        int code = Integer.parseInt(args[0]);
        String what;
        switch (code) {
            case SipStatusCodes.BUSY_HERE:
                what = "busy";
                break;
            default:
                what = SipStatusCategory.switchOn(code, new SipStatusCategory.Cases<String>() {
                    @Override public String provisional(int c) { return "1xx"; }
                    @Override public String success(int c) { return "2xx"; }
                    @Override public String redirection(int c) { return "3xx"; }
                    @Override public String clientError(int c) { return "4xx"; }
                    @Override public String serverError(int c) { return "5xx"; }
                    @Override public String globalFailure(int c) { return "6xx"; }
                });
        }
        SipStatus status = SipStatus.resolve(code);
        System.out.println(what + "|" + status.statusLine() + "|" + status.message(Locale.forLanguageTag("nl")));
    }
}
