package io.github.sipstatus.example;

import io.github.sipstatus.sip.SipStatus;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The program's own texts (labels, advice, errors) in English and Dutch; the SIP texts come from the table. */
public final class UiMessages {

    private static final String BUNDLE = "io.github.sipstatus.example.SipExplainMessages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public UiMessages(Locale locale) {
        this.locale = locale;
        // The no-fallback control skips the JVM default locale: an unsupported --locale gets the
        // English base bundle, not whatever language the machine happens to run in.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** For keys with {0}-style placeholders; pass strings, not numbers, so 1000 never becomes "1,000". */
    public String format(String key, String... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    public String advice(Advice advice) {
        return get(advice.messageKey());
    }

    /** What a call that ends with a status counts as, in the table's own grouping (its attribute {@code outcome}). */
    public String countsAs(SipStatus.Outcome outcome) {
        return get(countsAsKey(outcome));
    }

    /**
     * A switch, not {@code "countsAs." + name()}: the outcomes are the table's, so a value added there fails
     * the build here until it has a case, not the program in front of a customer (UiMessagesTest holds every
     * key to a text in both languages).
     */
    static String countsAsKey(SipStatus.Outcome outcome) {
        return switch (outcome) {
            case IN_PROGRESS -> "countsAs.inProgress";
            case SUCCESS -> "countsAs.success";
            case REDIRECTED -> "countsAs.redirected";
            case BUSY -> "countsAs.busy";
            case REJECTED -> "countsAs.rejected";
            case NOT_FOUND -> "countsAs.notFound";
            case UNAVAILABLE -> "countsAs.unavailable";
            case ADDRESS_INCOMPLETE -> "countsAs.addressIncomplete";
            case INCOMPATIBLE_SDP -> "countsAs.incompatibleSdp";
            case AUTHENTICATION_ERROR -> "countsAs.authenticationError";
            case FAILED -> "countsAs.failed";
        };
    }
}
