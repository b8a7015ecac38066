package io.github.sipstatus.example;

import io.github.sipstatus.sip.SipStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AdviceTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "100, WAIT",
            "180, WAIT",
            "183, WAIT",
            "200, NOTHING_TO_DO",
            "300, FOLLOW_REDIRECT",
            "302, FOLLOW_REDIRECT",
            "305, FOLLOW_REDIRECT",
            "400, RETRY_WITH_CHANGES",
            "488, RETRY_WITH_CHANGES",
            "500, TRY_ANOTHER_SERVER",
            "502, TRY_ANOTHER_SERVER",
            "603, GIVE_UP",
            "604, GIVE_UP",
    })
    void eachClassHasItsDefault(int code, Advice expected) {
        assertThat(Advice.forCode(code)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "401, AUTHENTICATE",
            "407, AUTHENTICATE",
            "408, RETRY_LATER",
            "480, RETRY_LATER",
            "486, RETRY_LATER",
            "491, RETRY_LATER",
            "503, RETRY_LATER",
            "504, RETRY_LATER",
            "600, RETRY_LATER",
            "403, GIVE_UP",
            "404, GIVE_UP",
            "410, GIVE_UP",
            "487, NOTHING_TO_DO",
            "501, RETRY_WITH_CHANGES",
            "505, RETRY_WITH_CHANGES",
            "513, RETRY_WITH_CHANGES",
    })
    void specialCasesOverrideTheirClass(int code, Advice expected) {
        assertThat(Advice.forCode(code)).isEqualTo(expected);
    }

    /** The table's attribute {@code retryable} decides "retry later": the advice and the dialer agree on every code. */
    @Test
    void retryLaterIsTheTablesRetryableCodes() {
        List<Integer> retryable = new ArrayList<>();
        for (SipStatus status : SipStatus.values()) {
            assertThat(Advice.forCode(status.code()) == Advice.RETRY_LATER).as("%s", status).isEqualTo(status.retryable());
            if (status.retryable()) {
                retryable.add(status.code());
            }
        }
        assertThat(retryable).containsExactly(408, 480, 486, 491, 503, 504, 600);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"199, WAIT", "299, NOTHING_TO_DO", "399, FOLLOW_REDIRECT", "499, RETRY_WITH_CHANGES",
            "599, TRY_ANOTHER_SERVER", "699, GIVE_UP"})
    void codesMissingFromTheTableGetTheirClassDefault(int code, Advice expected) {
        assertThat(Advice.forCode(code)).isEqualTo(expected);
    }
}
