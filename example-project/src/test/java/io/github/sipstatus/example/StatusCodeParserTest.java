package io.github.sipstatus.example;

import io.github.sipstatus.example.ParsedInput.Invalid;
import io.github.sipstatus.example.ParsedInput.Problem;
import io.github.sipstatus.example.ParsedInput.StatusCode;
import io.github.sipstatus.sip.SipStatus;
import io.github.sipstatus.sip.SipStatusLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


import static org.assertj.core.api.Assertions.assertThat;

class StatusCodeParserTest {

    private final StatusCodeParser parser = new StatusCodeParser();

    @Test
    void bareCode() {
        assertThat(parser.parseArgument("486")).isEqualTo(new StatusCode(486));
    }

    @Test
    void bareCodeWithSurroundingWhitespace() {
        assertThat(parser.parseArgument(" 486\r\n")).isEqualTo(new StatusCode(486));
    }

    @Test
    void statusLine() {
        ParsedInput parsed = parser.parseArgument("SIP/2.0 503 Service Unavailable");
        assertThat(parsed).isEqualTo(StatusCode.of(SipStatusLine.of(SipStatus.SERVICE_UNAVAILABLE)));
        assertThat(((StatusCode) parsed).code()).isEqualTo(503);
    }

    @Test
    void statusLineVersionIsCaseInsensitive() {
        assertThat(parser.parseArgument("sip/2.0 180 Ringing"))
                .isEqualTo(StatusCode.of(SipStatusLine.parse("sip/2.0 180 Ringing")));
    }

    @Test
    void statusLineKeepsTheReceivedPhrase() {
        StatusCode parsed = (StatusCode) parser.parseArgument("SIP/2.0 499 Peer Says No Thanks");
        assertThat(parsed.code()).isEqualTo(499);
        assertThat(parsed.received()).map(SipStatusLine::reasonPhrase).contains("Peer Says No Thanks");
    }

    @Test
    void statusLineWithAnEmptyReasonPhraseStillHasItsSpace() {
        assertThat(parser.parseArgument("SIP/2.0 200 ")).isEqualTo(StatusCode.of(SipStatusLine.parse("SIP/2.0 200 ")));
        ParsedInput withoutSpace = parser.parseArgument("SIP/2.0 200");
        assertThat(withoutSpace).isInstanceOf(Invalid.class);
        assertThat(((Invalid) withoutSpace).problem()).isEqualTo(Problem.MALFORMED_STATUS_LINE);
        assertThat(((Invalid) withoutSpace).detail()).contains("expected one space after the status code", "at index 11");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SIP/2.0 700 Weird", "SIP/2.0 abc", "SIP/2.0 OK", "SIP/2.0 48 Busy", "SIP/2.0  486 Busy Here"})
    void malformedStatusLinesAreReportedWithTheParsersReason(String input) {
        ParsedInput parsed = parser.parseArgument(input);
        assertThat(parsed).isInstanceOf(Invalid.class);
        Invalid invalid = (Invalid) parsed;
        assertThat(invalid.input()).isEqualTo(input);
        assertThat(invalid.problem()).isEqualTo(Problem.MALFORMED_STATUS_LINE);
        assertThat(invalid.detail()).startsWith("not a SIP status line: ").contains("at index 8");
    }

    @Test
    void codesMissingFromTheTableAreStillCodes() {
        assertThat(parser.parseArgument("499")).isEqualTo(new StatusCode(499));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "", "486 Busy Here", "SIP/2.0", "-486", "4x6"})
    void rejectsWhatIsNotACode(String input) {
        assertThat(parser.parseArgument(input)).isEqualTo(new Invalid(input, Problem.NOT_A_STATUS_CODE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"99", "099", "700", "999", "0486", "99999999999"})
    void rejectsNumbersOutsideTheSipRange(String input) {
        assertThat(parser.parseArgument(input)).isEqualTo(new Invalid(input, Problem.OUT_OF_RANGE));
    }

    @Test
    void boundariesOfTheRangeAreAccepted() {
        assertThat(parser.parseArgument("100")).isEqualTo(new StatusCode(100));
        assertThat(parser.parseArgument("699")).isEqualTo(new StatusCode(699));
    }
}
