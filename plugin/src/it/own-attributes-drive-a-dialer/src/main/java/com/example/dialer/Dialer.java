package com.example.dialer;

import com.example.sip.SipStatus;

/**
 * What an outbound dialer does when a call attempt ends with a final response. The policy is the
 * table's: {@code retryable()}, {@code outcome()} and {@code alarmLevel()} are its columns, so this
 * class holds no list of codes that could drift from it.
 */
public final class Dialer {

    /** How long the dialer waits before it calls a busy number again. */
    static final int BUSY_RETRY_SECONDS = 120;
    /** How long it waits for a number that did not answer or could not be reached. */
    static final int UNAVAILABLE_RETRY_SECONDS = 600;
    /** How long it waits for a carrier that was overloaded. */
    static final int CARRIER_RETRY_SECONDS = 30;

    /** The dialer's next step for the number it called. */
    public enum Action {
        CONNECTED, RETRY_LATER, DROP_NUMBER, CHECK_CREDENTIALS, GIVE_UP
    }

    /**
     * One decision.
     *
     * @param action       the next step
     * @param retryAfter   seconds until the next attempt, 0 unless the action is {@link Action#RETRY_LATER}
     * @param pageOnCall   whether the on-call engineer is paged
     * @param tile         the dashboard tile that counts the call
     */
    public record Decision(Action action, int retryAfter, boolean pageOnCall, String tile) {}

    private Dialer() {}

    /**
     * Decides on a final response; a code the table does not know is taken as the status it resolves to
     * (499 as 400), as RFC 3261 section 8.1.3.2 asks.
     *
     * @param code the response's status code
     * @return what to do
     * @throws IllegalArgumentException for a provisional (1xx) response, which is not the end of a call attempt
     */
    public static Decision onFinalResponse(int code) {
        SipStatus status = SipStatus.resolve(code);
        if (!status.isFinal()) {
            throw new IllegalArgumentException(code + " is provisional: the call attempt goes on");
        }
        boolean page = status.alarmLevel().orElse(0) >= 2;
        if (status.isSuccess()) {
            return new Decision(Action.CONNECTED, 0, page, status.dashboardTile());
        }
        // No default branch: a value added to 'outcome' in the table stops this from compiling.
        return switch (status.outcome()) {
            case BUSY -> status.retryable()
                    ? new Decision(Action.RETRY_LATER, BUSY_RETRY_SECONDS, page, status.dashboardTile())
                    : new Decision(Action.GIVE_UP, 0, page, status.dashboardTile());
            case UNAVAILABLE -> status.retryable()
                    ? new Decision(Action.RETRY_LATER, UNAVAILABLE_RETRY_SECONDS, page, status.dashboardTile())
                    : new Decision(Action.DROP_NUMBER, 0, page, status.dashboardTile());
            case REJECTED, NOT_FOUND -> new Decision(Action.DROP_NUMBER, 0, page, status.dashboardTile());
            case AUTHENTICATION_ERROR -> new Decision(Action.CHECK_CREDENTIALS, 0, page, status.dashboardTile());
            case FAILED -> status.retryable()
                    ? new Decision(Action.RETRY_LATER, CARRIER_RETRY_SECONDS, page, status.dashboardTile())
                    : new Decision(Action.GIVE_UP, 0, page, status.dashboardTile());
        };
    }
}
