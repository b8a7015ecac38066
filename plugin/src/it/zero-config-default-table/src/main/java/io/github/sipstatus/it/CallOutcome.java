package io.github.sipstatus.it;

import io.github.sipstatus.it.sip.SipStatus;
import io.github.sipstatus.it.sip.SipStatusCategory;
import io.github.sipstatus.it.sip.SipStatusCodes;
import java.util.Locale;

/** Uses the generated API the way a user's code would; the verify script calls it. */
public final class CallOutcome {

    private CallOutcome() {}

    public static String describe(int code, String languageTag) {
        String action;
        switch (code) {
            case SipStatusCodes.BUSY_HERE:
            case SipStatusCodes.BUSY_EVERYWHERE:
                action = "busy";
                break;
            case SipStatusCodes.UNAUTHORIZED:
            case SipStatusCodes.PROXY_AUTHENTICATION_REQUIRED:
                action = "authenticate";
                break;
            default:
                action = SipStatusCategory.switchOn(code, new SipStatusCategory.Cases<String>() {
                    @Override public String provisional(int c) { return "wait"; }
                    @Override public String success(int c) { return "connected"; }
                    @Override public String redirection(int c) { return "redirect"; }
                    @Override public String clientError(int c) { return "fix request"; }
                    @Override public String serverError(int c) { return "retry elsewhere"; }
                    @Override public String globalFailure(int c) { return "give up"; }
                });
        }
        SipStatus status = SipStatus.resolve(code);
        Locale locale = Locale.forLanguageTag(languageTag);
        return status.statusLine() + " | " + status.category().title(locale) + " | " + status.message(locale) + " | " + action;
    }
}
