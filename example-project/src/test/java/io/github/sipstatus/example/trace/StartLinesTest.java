package io.github.sipstatus.example.trace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StartLinesTest {

    private static String found(Optional<StartLines.Found> found) {
        assertThat(found).containsInstanceOf(StartLines.Valid.class);
        StartLines.Valid valid = (StartLines.Valid) found.get();
        return valid.offset() + ":" + valid.startLine();
    }

    @Test
    void aStatusLineAtTheStartOfALine() {
        assertThat(found(StartLines.anywhere("SIP/2.0 486 Busy Here"))).isEqualTo("0:SIP/2.0 486 Busy Here");
        assertThat(found(StartLines.atLineStart("sip/2.0 180 Ringing"))).isEqualTo("0:sip/2.0 180 Ringing");
    }

    @Test
    void aRequestLineAtTheStartOfALine() {
        assertThat(found(StartLines.anywhere("INVITE sip:bob@example.com SIP/2.0"))).isEqualTo("0:INVITE sip:bob@example.com SIP/2.0");
        assertThat(found(StartLines.anywhere("FOO-BAR tel:+31201234567 SIP/2.0"))).isEqualTo("0:FOO-BAR tel:+31201234567 SIP/2.0");
    }

    @Test
    void afterPacketBytesAsTcpdumpShowsThem() {
        assertThat(found(StartLines.anywhere("E..Uf.@.@.......A.TSIP/2.0 486 Busy Here"))).isEqualTo("19:SIP/2.0 486 Busy Here");
        assertThat(found(StartLines.anywhere("E....u@.@..n................OPTIONS sip:service@127.0.0.1:5060 SIP/2.0")))
                .isEqualTo("28:OPTIONS sip:service@127.0.0.1:5060 SIP/2.0");
        // A HEP header byte 'B' before an ACK, and TCP header glyphs before a REGISTER.
        assertThat(found(StartLines.anywhere("..........BACK sip:bob@127.0.0.1:5060 SIP/2.0"))).isEqualTo("11:ACK sip:bob@127.0.0.1:5060 SIP/2.0");
        assertThat(found(StartLines.anywhere(".....V..REGISTER sip:127.0.0.1:5060 SIP/2.0"))).isEqualTo("8:REGISTER sip:127.0.0.1:5060 SIP/2.0");
    }

    @Test
    void insideAQuoteAsSippsErrorLogHasIt() {
        assertThat(found(StartLines.anywhere("2026-12-02\t16:42:14.5\t1.5: Aborting call: while expecting '200' (index 1),"
                + " received 'SIP/2.0 486 Busy Here"))).endsWith(":SIP/2.0 486 Busy Here");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            " 300",                                          // a folded Retry-After's value
            " SIP/2.0 486 Busy Here",                        // a continuation line, whatever it holds
            "\tSIP/2.0 486 Busy Here",
            "300",                                           // a bare number
            "16:42:12.644392 IP localhost.sip > localhost.sip-tls: SIP: SIP/2.0 480 Temporarily Unavailable",
            "the carrier said SIP/2.0 486 Busy Here",        // prose
            "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK",
            "Warning: 399 host \"SIP/2.0 486 Busy Here\"",   // a quote inside a header: not between messages
            "SIP/2.0",
            "INVITE sip:bob@example.com",
            "INVITE bob SIP/2.0",                             // no URI scheme
    })
    void notAStartLine(String line) {
        if (line.startsWith("Warning")) {
            // Between messages a quoted status line does count; inside headers only the line start does.
            assertThat(StartLines.atLineStart(line)).isEmpty();
            return;
        }
        assertThat(StartLines.anywhere(line)).isEmpty();
    }

    @Test
    void aBrokenStatusLineAtALineStartIsReportedButInsidePacketBytesIgnored() {
        assertThat(StartLines.anywhere("SIP/2.0 700 Weird")).get().isInstanceOf(StartLines.Malformed.class);
        assertThat(((StartLines.Malformed) StartLines.anywhere("SIP/2.0 48 Busy").get()).detail())
                .contains("expected a three-digit status code at index 8");
        assertThat(StartLines.anywhere("E..Uf.@.@.......A.TSIP/2.0 700 Weird")).isEmpty();
    }

    @Test
    void aHugeLineCostsOnePass() {
        String huge = "SIP/".repeat(2_000_000) + " " + ".".repeat(1_000_000);
        long start = System.nanoTime();
        assertThat(StartLines.anywhere(huge)).isEmpty();
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }
}
