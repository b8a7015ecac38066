package io.github.sipstatus.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sipstatus.bundle.BundleFiles;
import io.github.sipstatus.testing.CompiledApi;
import io.github.sipstatus.testing.Tables;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generated {@code SipStatusLine}, compiled from the built-in table and exercised. */
class SipStatusLineTest {

    private static final String PACKAGE = "com.example.sip";

    @TempDir
    static Path dir;

    private static CompiledApi api;

    @BeforeAll
    static void compile() {
        GeneratedTypes types = new GeneratedTypes(PACKAGE);
        api = CompiledApi.compile(dir, PACKAGE, JavaSources.generate(Tables.defaultTable(), types, "sip-status-codes.yaml"),
                BundleFiles.generate(Tables.defaultTable(), types, "sip-status-codes.yaml"));
    }

    @AfterAll
    static void close() throws Exception {
        api.close();
    }

    static Object parse(String text) {
        return api.callStatic("SipStatusLine", "parse", text);
    }

    private static Object status(String name) {
        return api.constant("SipStatus", name);
    }

    @Test
    void aTableLineGivesItsPartsAndStatus() {
        Object line = parse("SIP/2.0 486 Busy Here");
        assertThat(api.call(line, "version")).isEqualTo("SIP/2.0");
        assertThat(api.call(line, "code")).isEqualTo(486);
        assertThat(api.call(line, "reasonPhrase")).isEqualTo("Busy Here");
        assertThat(api.call(line, "status")).isEqualTo(Optional.of(status("BUSY_HERE")));
        assertThat(api.call(line, "resolved")).isEqualTo(status("BUSY_HERE"));
        assertThat(api.call(line, "hasTableReasonPhrase")).isEqualTo(true);
        assertThat(line).hasToString("SIP/2.0 486 Busy Here");
    }

    @Test
    void aTableLineIsTheOneInstanceOfItsStatusSoParsingItAllocatesNothingNew() {
        Object ofStatus = api.callStatic("SipStatusLine", "of", status("BUSY_HERE"));
        assertThat(parse("SIP/2.0 486 Busy Here")).isSameAs(ofStatus);
        assertThat(parse("SIP/2.0 486 Busy Here\r\n")).isSameAs(ofStatus);
        assertThat(api.callStatic("SipStatusLine", "of", 486, "Busy Here")).isSameAs(ofStatus);
        assertThat(parse("SIP/2.0 486 Busy here")).isNotSameAs(ofStatus).isNotEqualTo(ofStatus);
    }

    @Test
    void theReceivedPhraseIsKeptEvenWhenItDiffersFromTheTable() {
        Object line = parse("SIP/2.0 486 Peer Says No Thanks");
        assertThat(api.call(line, "reasonPhrase")).isEqualTo("Peer Says No Thanks");
        assertThat(api.call(line, "hasTableReasonPhrase")).isEqualTo(false);
        assertThat(api.call(line, "status")).isEqualTo(Optional.of(status("BUSY_HERE")));
        assertThat(line).hasToString("SIP/2.0 486 Peer Says No Thanks");
    }

    @Test
    void anEmptyPhraseIsAPhrase() {
        Object line = parse("SIP/2.0 200 \r\n");
        assertThat(api.call(line, "reasonPhrase")).isEqualTo("");
        assertThat(api.call(line, "status")).isEqualTo(Optional.of(status("OK")));
        assertThat(line).hasToString("SIP/2.0 200 ");
    }

    @Test
    void anUnknownCodeHasNoStatusButResolvesAsRfc3261Says() {
        Object line = parse("SIP/2.0 499 Custom Reject");
        assertThat(api.call(line, "status")).isEqualTo(Optional.empty());
        assertThat(api.call(line, "resolved")).isEqualTo(status("BAD_REQUEST"));
        assertThat(api.call(line, "hasTableReasonPhrase")).isEqualTo(false);
        assertThat(api.call(parse("SIP/2.0 199 Early"), "resolved")).isEqualTo(status("SESSION_PROGRESS"));
    }

    @Test
    void theVersionIsCaseInsensitiveAndKeptAsReceived() {
        Object line = parse("sip/2.0 180 Ringing");
        assertThat(api.call(line, "version")).isEqualTo("sip/2.0");
        assertThat(api.call(line, "status")).isEqualTo(Optional.of(status("RINGING")));
        assertThat(line).isNotEqualTo(parse("SIP/2.0 180 Ringing"));
        assertThat(api.call(parse("SIP/12.34 180 Ringing"), "version")).isEqualTo("SIP/12.34");
    }

    @Test
    void tabsAndNonAsciiLettersAreAllowedInThePhrase() {
        assertThat(api.call(parse("SIP/2.0 480 Tijdelijk\tniet beschikbaar \u00e9\u4e2d"), "reasonPhrase"))
                .isEqualTo("Tijdelijk\tniet beschikbaar \u00e9\u4e2d");
    }

    @Test
    void equalLinesAreEqualAndHashAlike() {
        Object one = parse("SIP/2.0 499 Custom");
        Object two = parse(new StringBuilder("SIP/2.0 499 Custom\n").toString());
        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two).isNotEqualTo("SIP/2.0 499 Custom");
    }

    @Test
    void anyCharSequenceIsParsed() {
        Object line = api.callStatic("SipStatusLine", "parse", new StringBuilder("SIP/2.0 503 Service Unavailable\r\n"));
        assertThat(line).isSameAs(api.callStatic("SipStatusLine", "of", status("SERVICE_UNAVAILABLE")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "``                          | expected the SIP version, as in SIP/2.0, at index 0 of \"\"",
            "HTTP/1.1 200 OK             | expected the SIP version, as in SIP/2.0, at index 0 of \"HTTP/1.1 200 OK\"",
            "` SIP/2.0 200 OK`           | expected the SIP version, as in SIP/2.0, at index 0 of \" SIP/2.0 200 OK\"",
            "SIP/.0 200 OK               | expected a digit of the SIP version at index 4 of \"SIP/.0 200 OK\"",
            "SIP/2 200 OK                | expected '.' in the SIP version at index 5 of \"SIP/2 200 OK\"",
            "SIP/2. 200 OK               | expected a digit of the SIP version at index 6 of \"SIP/2. 200 OK\"",
            "SIP/2.0/UDP host            | expected one space after the SIP version at index 7 of \"SIP/2.0/UDP host\"",
            "SIP/2.0  200 OK             | expected a three-digit status code at index 8 of \"SIP/2.0  200 OK\"",
            "SIP/2.0 48 Busy             | expected a three-digit status code at index 8 of \"SIP/2.0 48 Busy\"",
            "SIP/2.0 4860 Busy           | expected a three-digit status code at index 8 of \"SIP/2.0 4860 Busy\"",
            "SIP/2.0 700 Too High        | status code 700 is not in 100..699 at index 8 of \"SIP/2.0 700 Too High\"",
            "SIP/2.0 099 Low             | status code 099 is not in 100..699 at index 8 of \"SIP/2.0 099 Low\"",
            "SIP/2.0 200                 | expected one space after the status code (it precedes even an empty reason phrase)"
                    + " at index 11 of \"SIP/2.0 200\"",
            "SIP/2.0 200OK               | expected one space after the status code (it precedes even an empty reason phrase)"
                    + " at index 11 of \"SIP/2.0 200OK\"",
    })
    void aMalformedLineIsRefusedNamingTheProblemAndItsIndex(String text, String problem) {
        assertThatThrownBy(() -> parse(text))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a SIP status line: " + problem);
    }

    @Test
    void onlyOneLineBreakAtTheEndIsTolerated() {
        assertThat(parse("SIP/2.0 200 OK\n")).hasToString("SIP/2.0 200 OK");
        assertThat(parse("SIP/2.0 200 OK\r")).hasToString("SIP/2.0 200 OK");
        assertThatThrownBy(() -> parse("SIP/2.0 200 OK\r\n\r\n"))
                .hasMessage("not a SIP status line: a line break in the reason phrase at index 14 of \"SIP/2.0 200 OK\\r\\n\\r\\n\"");
        assertThatThrownBy(() -> parse("SIP/2.0 200 OK\nVia: SIP/2.0/UDP x"))
                .hasMessageStartingWith("not a SIP status line: a line break in the reason phrase at index 14 of ");
    }

    @Test
    void controlCharactersInThePhraseAreRefusedAndQuotedPrintably() {
        assertThatThrownBy(() -> parse("SIP/2.0 200 O\u0000K"))
                .hasMessage("not a SIP status line: the control character U+0000 in the reason phrase at index 13"
                        + " of \"SIP/2.0 200 O\\u0000K\"");
        assertThatThrownBy(() -> parse("SIP/2.0 200 \u001b[31mOK"))
                .hasMessageContaining("U+001B in the reason phrase at index 12");
        assertThatThrownBy(() -> parse("SIP/2.0 200 OK\u007f"))
                .hasMessageContaining("U+007F in the reason phrase at index 14");
    }

    @Test
    void aLongBadInputIsQuotedShortened() {
        String text = "X".repeat(10_000);
        assertThatThrownBy(() -> parse(text))
                .hasMessage("not a SIP status line: expected the SIP version, as in SIP/2.0, at index 0 of \""
                        + "X".repeat(60) + "\"...");
    }

    @Test
    void nullIsAProgrammingError() {
        assertThatThrownBy(() -> parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void ofMakesALineWithAPhraseOfOnesOwn() {
        Object line = api.callStatic("SipStatusLine", "of", 499, "Peer Says No Thanks");
        assertThat(line).hasToString("SIP/2.0 499 Peer Says No Thanks").isEqualTo(parse(line.toString()));
        assertThat(api.call(line, "version")).isEqualTo("SIP/2.0");
        assertThatThrownBy(() -> api.callStatic("SipStatusLine", "of", 700, "x"))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("status code 700 is not in 100..699");
        assertThatThrownBy(() -> api.callStatic("SipStatusLine", "of", 486, "Busy\r\nVia: evil"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("a line break at index 4 of the reason phrase \"Busy\\r\\nVia: evil\"");
    }
}
