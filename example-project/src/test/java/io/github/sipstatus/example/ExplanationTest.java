package io.github.sipstatus.example;

import io.github.sipstatus.sip.SipStatus;
import io.github.sipstatus.sip.SipStatusLine;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ExplanationTest {

    @Test
    void knownCodeIsItself() {
        Explanation explanation = Explanation.of(486);

        assertThat(explanation).isEqualTo(new Explanation(486, SipStatus.BUSY_HERE, Advice.RETRY_LATER, Optional.empty()));
        assertThat(explanation.isResolvedFromUnknownCode()).isFalse();
    }

    @Test
    void aReceivedLineKeepsItsPhraseOnlyWhenItIsNotTheTables() {
        assertThat(Explanation.of(SipStatusLine.parse("SIP/2.0 486 Busy Here")).receivedWithOwnPhrase()).isEmpty();
        assertThat(Explanation.of(SipStatusLine.parse("SIP/2.0 486 Occupied")).receivedWithOwnPhrase())
                .map(SipStatusLine::reasonPhrase).contains("Occupied");
        assertThat(Explanation.of(SipStatusLine.parse("SIP/2.0 486 Occupied")).status()).isEqualTo(SipStatus.BUSY_HERE);
    }

    @Test
    void unknownFinalCodeIsTreatedAsTheX00OfItsClass() {
        Explanation explanation = Explanation.of(499);

        assertThat(explanation.status()).isEqualTo(SipStatus.BAD_REQUEST);
        assertThat(explanation.receivedCode()).isEqualTo(499);
        assertThat(explanation.isResolvedFromUnknownCode()).isTrue();
        assertThat(explanation.advice()).isEqualTo(Advice.RETRY_WITH_CHANGES);
    }

    @Test
    void unknownProvisionalCodeIsTreatedAsSessionProgress() {
        assertThat(Explanation.of(199).status()).isEqualTo(SipStatus.SESSION_PROGRESS);
    }

    @Test
    void adviceForAnUnknownCodeIsItsClassDefault() {
        // 607 Unwanted is not in the table: its texts and its policy are those of 600 Busy Everywhere, but "retry
        // later", right for a busy callee, would be wrong for a call the callee refused; the 6xx default is.
        Explanation explanation = Explanation.of(607);

        assertThat(explanation.status()).isEqualTo(SipStatus.BUSY_EVERYWHERE);
        assertThat(explanation.advice()).isEqualTo(Advice.GIVE_UP);
        assertThat(explanation.status().retryable()).as("600's policy").isTrue();
    }

    @Test
    void outsideTheSipRangeThereIsNothingToExplain() {
        assertThatIllegalArgumentException().isThrownBy(() -> Explanation.of(700));
        assertThatIllegalArgumentException().isThrownBy(() -> Explanation.of(99));
    }
}
