package io.github.sipstatus.example.headers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class HeaderValuesTest {

    @Test
    void retryAfterWithCommentAndDuration() {
        RetryAfter retryAfter = RetryAfter.parse("300 (overloaded);duration=600").orElseThrow();

        assertThat(retryAfter.seconds()).isEqualTo(300);
        assertThat(retryAfter.comment()).isEqualTo("overloaded");
        assertThat(retryAfter.duration()).hasValue(600);
    }

    @Test
    void retryAfterWithBlanksNestedCommentAndOtherParameters() {
        RetryAfter retryAfter = RetryAfter.parse(" 18000 ( in a (long) meeting ) ; Duration = 3600 ;x=y").orElseThrow();

        assertThat(retryAfter.seconds()).isEqualTo(18000);
        assertThat(retryAfter.comment()).isEqualTo("in a (long) meeting");
        assertThat(retryAfter.duration()).hasValue(3600);
        assertThat(retryAfter.parameters()).containsEntry("x", "y");
    }

    @Test
    void retryAfterAloneOrWithABadDuration() {
        assertThat(RetryAfter.parse("120").orElseThrow().comment()).isEmpty();
        assertThat(RetryAfter.parse("120;duration=soon").orElseThrow().duration()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "(busy) 300", "99999999999999999999999"})
    void retryAfterThatIsNotOne(String value) {
        assertThat(RetryAfter.parse(value)).isEmpty();
    }

    @Test
    void reasonWithQuotedTextAndSeveralValuesAndHeaders() {
        List<ReasonValue> reasons = ReasonValue.parseAll(List.of(
                "SIP ;cause=580 ;text=\"Precondition, \\\"Failure\\\"\", Q.850;cause=47",
                "Q.850;cause=16;text=\"Normal call clearing\";x-extension=1"));

        assertThat(reasons).extracting(ReasonValue::protocol, reason -> reason.cause().getAsLong(), ReasonValue::text).containsExactly(
                tuple("SIP", 580L, "Precondition, \"Failure\""),
                tuple("Q.850", 47L, ""),
                tuple("Q.850", 16L, "Normal call clearing"));
        assertThat(reasons.get(0).isSip()).isTrue();
        assertThat(reasons.get(1).isQ850()).isTrue();
        assertThat(reasons.get(2).parameters()).containsEntry("x-extension", "1");
    }

    @Test
    void reasonOfAnotherProtocolOrWithoutCause() {
        List<ReasonValue> reasons = ReasonValue.parseAll(List.of("preemption ;cause=1 ;text=\"UA Preemption\"", "SIP;text=\"x\""));

        assertThat(reasons.get(0).protocol()).isEqualTo("preemption");
        assertThat(reasons.get(0).isSip() || reasons.get(0).isQ850()).isFalse();
        assertThat(reasons.get(1).cause()).isEmpty();
        assertThat(ReasonValue.parseAll(List.of("", ";cause=1", "\"quoted\""))).isEmpty();
    }

    @Test
    void challengeSchemeAndRealm() {
        Challenge challenge = Challenge.parse("WWW-Authenticate",
                "Digest realm=\"biloxi.example.com\", qop=\"auth,auth-int\", nonce=\"ea9c\", opaque=\"\", algorithm=MD5").orElseThrow();

        assertThat(challenge.scheme()).isEqualTo("Digest");
        assertThat(challenge.realm()).contains("biloxi.example.com");
        assertThat(challenge.parameters()).containsEntry("qop", "auth,auth-int").containsEntry("algorithm", "MD5")
                .containsEntry("opaque", "");
        assertThat(Challenge.parse("Proxy-Authenticate", "Bearer").orElseThrow().realm()).isEmpty();
        assertThat(Challenge.parse("WWW-Authenticate", "")).isEmpty();
    }

    @Test
    void cseq() {
        assertThat(CSeq.parse("314159 INVITE")).contains(new CSeq(314159, "INVITE"));
        assertThat(CSeq.parse("  1   BYE ")).contains(new CSeq(1, "BYE"));
        assertThat(CSeq.parse("INVITE")).isEmpty();
        assertThat(CSeq.parse("1 INVITE extra")).isEmpty();
    }
}
