package io.github.sipstatus.example;

import io.github.sipstatus.sip.SipStatus;
import io.github.sipstatus.sip.SipStatusCategory;
import io.github.sipstatus.sip.SipStatusCodes;

/** What the calling side should do next. The texts live in {@code SipExplainMessages} under {@code advice.<NAME>}. */
public enum Advice {
    WAIT,
    NOTHING_TO_DO,
    FOLLOW_REDIRECT,
    AUTHENTICATE,
    RETRY_WITH_CHANGES,
    RETRY_LATER,
    TRY_ANOTHER_SERVER,
    GIVE_UP;

    /**
     * Decides the advice for any code in 100..699, including codes the table does not know.
     *
     * <p>Which codes are worth another try later is the table's own policy: its attribute {@code retryable},
     * the codes the dialer calls again. The advice follows it, so the two cannot drift apart. A code the table
     * lacks gets the default of its class instead: what suits a known code need not suit an unknown one.
     *
     * <p>The switch lists only the other codes whose advice differs from their class; because the cases are
     * {@link SipStatusCodes} compile-time constants, a code removed from the table breaks this switch at
     * compile time instead of silently changing the advice.
     */
    public static Advice forCode(int code) {
        if (SipStatus.of(code).filter(SipStatus::retryable).isPresent()) {
            return RETRY_LATER;
        }
        return switch (code) {
            case SipStatusCodes.UNAUTHORIZED, SipStatusCodes.PROXY_AUTHENTICATION_REQUIRED -> AUTHENTICATE;

            // Final refusals: the same request will get the same answer, changed or not.
            case SipStatusCodes.FORBIDDEN, SipStatusCodes.NOT_FOUND, SipStatusCodes.GONE -> GIVE_UP;

            // The answer to a CANCEL we sent ourselves: the expected end of the transaction.
            case SipStatusCodes.REQUEST_TERMINATED -> NOTHING_TO_DO;

            // Server errors that are really about what we sent.
            case SipStatusCodes.NOT_IMPLEMENTED,
                    SipStatusCodes.VERSION_NOT_SUPPORTED,
                    SipStatusCodes.MESSAGE_TOO_LARGE -> RETRY_WITH_CHANGES;

            default -> SipStatusCategory.switchOn(code, DEFAULT_FOR_CLASS);
        };
    }

    // The compiler checks that every class has a default: adding a method to Cases would not compile here.
    private static final SipStatusCategory.Cases<Advice> DEFAULT_FOR_CLASS = new SipStatusCategory.Cases<>() {
        @Override
        public Advice provisional(int code) {
            return WAIT;
        }

        @Override
        public Advice success(int code) {
            return NOTHING_TO_DO;
        }

        @Override
        public Advice redirection(int code) {
            return FOLLOW_REDIRECT;
        }

        @Override
        public Advice clientError(int code) {
            return RETRY_WITH_CHANGES; // RFC 3261 §21.4: do not retry without modification
        }

        @Override
        public Advice serverError(int code) {
            return TRY_ANOTHER_SERVER; // RFC 3261 §21.5: the request may succeed elsewhere
        }

        @Override
        public Advice globalFailure(int code) {
            return GIVE_UP; // RFC 3261 §21.6: no other server will accept it either
        }
    };

    String messageKey() {
        return "advice." + name();
    }
}
