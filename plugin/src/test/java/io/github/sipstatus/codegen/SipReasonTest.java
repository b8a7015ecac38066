package io.github.sipstatus.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sipstatus.bundle.BundleFiles;
import io.github.sipstatus.testing.CompiledApi;
import io.github.sipstatus.testing.Tables;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generated {@code SipReason}, compiled from the built-in table (which has no Q.850 causes) and exercised. */
class SipReasonTest {

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

    @SuppressWarnings("unchecked")
    static List<Object> parseHeader(CharSequence header) {
        return (List<Object>) api.callStatic("SipReason", "parseHeader", header);
    }

    /** The one value of a header that must have exactly one. */
    static Object parseOne(String header) {
        List<Object> reasons = parseHeader(header);
        assertThat(reasons).hasSize(1);
        return reasons.get(0);
    }

    private static Object status(String name) {
        return api.constant("SipStatus", name);
    }

    @Test
    void rfc3326sExamplesParseToTheirParts() {
        Object elsewhere = parseOne("Reason: SIP ;cause=200 ;text=\"Call completed elsewhere\"");
        assertThat(api.call(elsewhere, "protocol")).isEqualTo("SIP");
        assertThat(api.call(elsewhere, "isSip")).isEqualTo(true);
        assertThat(api.call(elsewhere, "isQ850")).isEqualTo(false);
        assertThat(api.call(elsewhere, "cause")).isEqualTo(OptionalInt.of(200));
        assertThat(api.call(elsewhere, "text")).isEqualTo(Optional.of("Call completed elsewhere"));
        assertThat(api.call(elsewhere, "sipStatus")).isEqualTo(Optional.of(status("OK")));
        assertThat(elsewhere).hasToString("SIP;cause=200;text=\"Call completed elsewhere\"");

        Object terminated = parseOne("Reason: Q.850 ;cause=16 ;text=\"Terminated\"");
        assertThat(api.call(terminated, "isQ850")).isEqualTo(true);
        assertThat(api.call(terminated, "cause")).isEqualTo(OptionalInt.of(16));
        assertThat(api.call(terminated, "sipStatus")).isEqualTo(Optional.empty());
        assertThat(terminated).hasToString("Q.850;cause=16;text=\"Terminated\"");

        assertThat(api.call(parseOne("Reason: SIP ;cause=600 ;text=\"Busy Everywhere\""), "sipStatus"))
                .isEqualTo(Optional.of(status("BUSY_EVERYWHERE")));
        // 580 is not in the built-in table: RFC 3261 §8.1.3.2 treats it as its class's x00.
        Object precondition = parseOne("Reason: SIP ;cause=580 ;text=\"Precondition Failure\"");
        assertThat(api.call(precondition, "sipStatus")).isEqualTo(Optional.of(status("SERVER_INTERNAL_ERROR")));
        assertThat(api.call(precondition, "text")).isEqualTo(Optional.of("Precondition Failure"));
    }

    @Test
    void aReasonInAResponseAsRfc6432ShowsIt() {
        Object reason = parseOne("Reason: Q.850;cause=16;text=\"Terminated\"\r\n");
        assertThat(api.call(reason, "cause")).isEqualTo(OptionalInt.of(16));
        assertThat(api.call(reason, "text")).isEqualTo(Optional.of("Terminated"));
        assertThat(reason).hasToString("Q.850;cause=16;text=\"Terminated\"");
    }

    @Test
    void rfc8606sLocationIsReadAndKept() {
        Object reason = parseOne("Reason: Q.850;cause=16;text=\"Terminated\";location=LN");
        assertThat(api.call(reason, "location")).isEqualTo(Optional.of("LN"));
        assertThat(api.call(reason, "parameter", "Location")).isEqualTo(Optional.of("LN"));
        assertThat(reason).hasToString("Q.850;cause=16;text=\"Terminated\";location=LN");
        assertThat(api.call(parseOne("Q.850;cause=16"), "location")).isEqualTo(Optional.empty());
    }

    @Test
    void everyValueOfAHeaderIsReturnedInOrder() {
        List<Object> reasons = parseHeader("Reason: SIP;cause=580;text=\"Precondition Failure\", Q.850 ;cause=47,preemption;cause=1");
        assertThat(reasons).extracting(Object::toString).containsExactly(
                "SIP;cause=580;text=\"Precondition Failure\"", "Q.850;cause=47", "preemption;cause=1");
        // A comma inside a quoted string separates nothing.
        assertThat(parseHeader("SIP;cause=200;text=\"one, two\"")).extracting(Object::toString)
                .containsExactly("SIP;cause=200;text=\"one, two\"");
    }

    @Test
    void theListIsUnmodifiable() {
        assertThatThrownBy(() -> parseHeader("SIP;cause=200").add(parseOne("SIP")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> parseHeader("SIP, Q.850").remove(0)).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) api.call(parseOne("SIP;a;b=1"), "parameterNames");
        assertThat(names).containsExactly("a", "b");
        assertThatThrownBy(() -> names.set(0, "c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void foldedLinesAndTabsCountAsWhitespaceWhereverTheGrammarAllowsIt() {
        List<Object> reasons = parseHeader("Reason:\r\n SIP\r\n\t;\r\n cause\t=\r\n  200 ,\r\n Q.850 ; cause = 16 ; text =\r\n \"Terminated\"");
        assertThat(reasons).extracting(Object::toString).containsExactly("SIP;cause=200", "Q.850;cause=16;text=\"Terminated\"");
        // Inside a quoted string a fold is joined: the CRLF goes, the space after it stays.
        assertThat(api.call(parseOne("SIP;cause=486;text=\"Busy\r\n Here\""), "text")).isEqualTo(Optional.of("Busy Here"));
        assertThat(api.call(parseOne("SIP;cause=486;text=\"Busy\t Here\""), "text")).isEqualTo(Optional.of("Busy\t Here"));
    }

    @Test
    void quotedPairsAreUnescapedAndEscapedAgainInTheCanonicalForm() {
        Object reason = parseOne("SIP;cause=480;text=\"say \\\"hi\\\" \\\\ \\bye\"");
        assertThat(api.call(reason, "text")).isEqualTo(Optional.of("say \"hi\" \\ bye"));
        assertThat(reason).hasToString("SIP;cause=480;text=\"say \\\"hi\\\" \\\\ bye\"");
        assertThat(parseHeader(reason.toString())).containsExactly(reason);
        // A control character may arrive as a quoted-pair; it is escaped again, so the form still parses.
        Object control = parseOne("SIP;cause=480;text=\"a\\\u0001b\"");
        assertThat(api.call(control, "text")).isEqualTo(Optional.of("a\u0001b"));
        assertThat(control).hasToString("SIP;cause=480;text=\"a\\\u0001b\"");
        assertThat(parseHeader(control.toString())).containsExactly(control);
        assertThat(api.call(parseOne("SIP;cause=480;text=\"\u00e9\u4e2d\""), "text")).isEqualTo(Optional.of("\u00e9\u4e2d"));
        assertThat(api.call(parseOne("SIP;cause=480;text=\"\""), "text")).isEqualTo(Optional.of(""));
    }

    @Test
    void theNameAndParameterNamesAreCaseInsensitiveTheProtocolKeptAsReceived() {
        Object reason = parseOne("REASON \t: sip;CAUSE=486;Text=\"Busy Here\"");
        assertThat(api.call(reason, "protocol")).isEqualTo("sip");
        assertThat(api.call(reason, "isSip")).isEqualTo(true);
        assertThat(api.call(reason, "cause")).isEqualTo(OptionalInt.of(486));
        assertThat(api.call(reason, "parameter", "cAuSe")).isEqualTo(Optional.of("486"));
        assertThat(reason).hasToString("SIP;cause=486;text=\"Busy Here\"");
        assertThat(reason).isEqualTo(api.callStatic("SipReason", "of", status("BUSY_HERE")));
        assertThat(api.call(parseOne("reason:q.850;cause=17"), "isQ850")).isEqualTo(true);
        assertThat(parseOne("reason:q.850;cause=17")).hasToString("Q.850;cause=17");
        // Only SIP and Q.850 have a spelling of RFC 3326's: another protocol is written as received.
        assertThat(parseOne("Preemption;cause=1")).hasToString("Preemption;cause=1").isNotEqualTo(parseOne("preemption;cause=1"));
        // Parameter values other than cause are kept as received.
        assertThat(parseOne("Q.850;cause=16;location=ln")).isNotEqualTo(parseOne("Q.850;cause=16;location=LN"));
    }

    @Test
    void caseInsensitiveMeansAsciiCaseOnly() {
        Object reason = parseOne("SIP;cause=200;kind=1");
        // U+212A KELVIN SIGN lower-cases to 'k' in Java, but is no letter of a token.
        assertThat(api.call(reason, "parameter", "\u212Aind")).isEqualTo(Optional.empty());
        assertThat(api.call(reason, "parameter", "KIND")).isEqualTo(Optional.of("1"));
    }

    @Test
    void otherProtocolsAndParametersAreKept() {
        Object reason = parseOne("Reason: preemption ;cause=1 ;text=\"UA Preemption\"");
        assertThat(api.call(reason, "protocol")).isEqualTo("preemption");
        assertThat(api.call(reason, "isSip")).isEqualTo(false);
        assertThat(api.call(reason, "sipStatus")).isEqualTo(Optional.empty());

        Object extended = parseOne("SIP;cause=503;received=[2001:db8::1];flag;x-note=\"q\\\"\";by=gw.example.com");
        assertThat(api.call(extended, "parameter", "received")).isEqualTo(Optional.of("[2001:db8::1]"));
        assertThat(api.call(extended, "parameter", "FLAG")).isEqualTo(Optional.of(""));
        assertThat(api.call(extended, "parameter", "x-note")).isEqualTo(Optional.of("q\""));
        assertThat(api.call(extended, "parameter", "by")).isEqualTo(Optional.of("gw.example.com"));
        assertThat(api.call(extended, "parameter", "missing")).isEqualTo(Optional.empty());
        assertThat(api.call(extended, "text")).isEqualTo(Optional.empty());
        assertThat(api.call(extended, "parameterNames")).isEqualTo(List.of("cause", "received", "flag", "x-note", "by"));
        assertThat(extended).hasToString("SIP;cause=503;received=[2001:db8::1];flag;x-note=\"q\\\"\";by=gw.example.com");
        assertThat(parseHeader(extended.toString())).containsExactly(extended);

        Object bare = parseOne("SIP");
        assertThat(api.call(bare, "cause")).isEqualTo(OptionalInt.empty());
        assertThat(api.call(bare, "parameterNames")).isEqualTo(List.of());
        assertThat(api.call(bare, "sipStatus")).isEqualTo(Optional.empty());
        assertThat(bare).hasToString("SIP");
    }

    @Test
    void aCauseIsDecimalDigitsUpToTheIntRange() {
        assertThat(parseOne("SIP;cause=0486")).hasToString("SIP;cause=486").isEqualTo(parseOne("SIP;cause=486"));
        assertThat(api.call(parseOne("X;cause=2147483647"), "cause")).isEqualTo(OptionalInt.of(Integer.MAX_VALUE));
        assertThat(api.call(parseOne("Q.850;cause=0"), "cause")).isEqualTo(OptionalInt.of(0));
    }

    @Test
    void sipStatusResolvesSipCausesOfStatusCodesOnly() {
        assertThat(api.call(parseOne("SIP;cause=486"), "sipStatus")).isEqualTo(Optional.of(status("BUSY_HERE")));
        assertThat(api.call(parseOne("SIP;cause=499"), "sipStatus")).isEqualTo(Optional.of(status("BAD_REQUEST")));
        assertThat(api.call(parseOne("SIP;cause=100"), "sipStatus")).isEqualTo(Optional.of(status("TRYING")));
        assertThat(api.call(parseOne("SIP;cause=699"), "sipStatus")).isEqualTo(Optional.of(status("BUSY_EVERYWHERE")));
        for (String other : List.of("SIP;cause=700", "SIP;cause=99", "SIP;cause=0", "SIP;text=\"no cause\"",
                "Q.850;cause=486", "preemption;cause=486")) {
            assertThat(api.call(parseOne(other), "sipStatus")).as(other).isEqualTo(Optional.empty());
        }
    }

    @Test
    void anyCharSequenceIsParsedAndOneTrailingLineBreakIgnored() {
        assertThat(parseHeader(new StringBuilder("Reason: SIP;cause=200\n"))).extracting(Object::toString).containsExactly("SIP;cause=200");
        assertThat(parseHeader("SIP;cause=200\r\n")).extracting(Object::toString).containsExactly("SIP;cause=200");
    }

    @Test
    void nullIsAProgrammingError() {
        assertThatThrownBy(() -> parseHeader(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> api.call(parseOne("SIP"), "parameter", (Object) null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "``                            | the header value is empty at index 0 of \"\"",
            "Reason:                       | the header value is empty at index 7 of \"Reason:\"",
            "`Reason:  `                   | the header value is empty at index 9 of \"Reason:  \"",
            "Via: SIP/2.0/UDP host         | expected the header name Reason before ':' at index 0 of \"Via: SIP/2.0/UDP host\"",
            ";cause=1                      | expected a protocol (a token such as SIP or Q.850), found ';' at index 0 of \";cause=1\"",
            "Reason: \"SIP\"               | expected a protocol (a token such as SIP or Q.850), found '\"' at index 8"
                    + " of \"Reason: \\\"SIP\\\"\"",
            "SIP,,Q.850                    | expected a protocol (a token such as SIP or Q.850), found ',' at index 4 of \"SIP,,Q.850\"",
            "SIP,                          | expected a reason value after ',', found the end at index 4 of \"SIP,\"",
            "`SIP;cause=1 , `              | expected a reason value after ',', found the end at index 14 of \"SIP;cause=1 , \"",
            "Q.8@50                        | '@' is not allowed in a token (the protocol) at index 3 of \"Q.8@50\"",
            "S\u00cdP                      | the character U+00CD is not allowed in a token (the protocol) at index 1 of \"S\\u00cdP\"",
            "SIP;ca@use=1                  | '@' is not allowed in a token (a parameter name) at index 6 of \"SIP;ca@use=1\"",
            "SIP;foo=b@r                   | '@' is not allowed in a token (a parameter value) at index 9 of \"SIP;foo=b@r\"",
            "SIP/2.0                       | '/' is not allowed in a token (the protocol) at index 3 of \"SIP/2.0\"",
            "SIP cause=1                   | expected ';' or ',' after the protocol, found 'c' at index 4 of \"SIP cause=1\"",
            "SIP;text=\"a\"b               | expected ';' or ',' after a parameter, found 'b' at index 12 of \"SIP;text=\\\"a\\\"b\"",
            "SIP;h=[::1]x                  | expected ';' or ',' after a parameter, found 'x' at index 11 of \"SIP;h=[::1]x\"",
            "`SIP `                        | whitespace at the end of the header value at index 3 of \"SIP \"",
            "`SIP;cause=200\t`             | whitespace at the end of the header value at index 13 of \"SIP;cause=200\\t\"",
            "SIP;                          | expected a parameter name after ';', found the end at index 4 of \"SIP;\"",
            "SIP;;cause=1                  | expected a parameter name after ';', found ';' at index 4 of \"SIP;;cause=1\"",
            "SIP;=1                        | expected a parameter name after ';', found '=' at index 4 of \"SIP;=1\"",
            "SIP;cause                     | expected '=' and the digits of the cause after cause at index 9 of \"SIP;cause\"",
            "SIP;cause;text=\"x\"          | expected '=' and the digits of the cause after cause at index 9"
                    + " of \"SIP;cause;text=\\\"x\\\"\"",
            "SIP;cause=                    | expected the digits of the cause, found the end at index 10 of \"SIP;cause=\"",
            "SIP;cause=;text=\"x\"         | expected the digits of the cause, found ';' at index 10 of \"SIP;cause=;text=\\\"x\\\"\"",
            "SIP;cause=x                   | expected the digits of the cause, found 'x' at index 10 of \"SIP;cause=x\"",
            "SIP;cause=-1                  | expected the digits of the cause, found '-' at index 10 of \"SIP;cause=-1\"",
            "SIP;cause=\"200\"             | expected the digits of the cause, found '\"' at index 10 of \"SIP;cause=\\\"200\\\"\"",
            "SIP;cause=20x                 | expected only digits in the cause, found 'x' at index 12 of \"SIP;cause=20x\"",
            "SIP;cause=1.5                 | expected only digits in the cause, found '.' at index 11 of \"SIP;cause=1.5\"",
            "SIP;cause=2147483648          | the cause is larger than 2147483647 at index 10 of \"SIP;cause=2147483648\"",
            "SIP;cause=99999999999999999999999 | the cause is larger than 2147483647 at index 10 of \"SIP;cause=99999999999999999999999\"",
            "SIP;cause=1;cause=2           | the parameter cause appears twice at index 12 of \"SIP;cause=1;cause=2\"",
            "SIP;text=\"a\";TEXT=\"b\"     | the parameter text appears twice at index 13 of \"SIP;text=\\\"a\\\";TEXT=\\\"b\\\"\"",
            "SIP;foo;Foo=1                 | the parameter foo appears twice at index 8 of \"SIP;foo;Foo=1\"",
            "SIP;text                      | expected '=' and a quoted string after text at index 8 of \"SIP;text\"",
            "SIP;text=Busy                 | expected a quoted string as the text, found 'B' at index 9 of \"SIP;text=Busy\"",
            "SIP;text=                     | expected a quoted string as the text, found the end at index 9 of \"SIP;text=\"",
            "SIP;foo=                      | expected a value after '=', found the end at index 8 of \"SIP;foo=\"",
            "SIP;foo=;bar                  | expected a value after '=', found ';' at index 8 of \"SIP;foo=;bar\"",
            "SIP;text=\"Busy               | unterminated quoted string: no closing '\"' at index 9 of \"SIP;text=\\\"Busy\"",
            "SIP;text=\"Busy\\             | unterminated quoted string: no closing '\"' at index 9 of \"SIP;text=\\\"Busy\\\\\"",
            "SIP;text=\"\\\u00e9\"         | only ASCII characters can be escaped, not the character U+00E9 at index 11"
                    + " of \"SIP;text=\\\"\\\\\\u00e9\\\"\"",
            "SIP;text=\"Bu\u0001sy\"       | the control character U+0001 in a quoted string (it must be escaped) at index 12"
                    + " of \"SIP;text=\\\"Bu\\u0001sy\\\"\"",
            "SIP;text=\"Bu\u007fsy\"       | the control character U+007F in a quoted string (it must be escaped) at index 12"
                    + " of \"SIP;text=\\\"Bu\\u007fsy\\\"\"",
            "SIP;host=[]                   | expected an IPv6 address after '[' at index 10 of \"SIP;host=[]\"",
            "SIP;host=[10.0.0.1]           | expected an IPv6 address after '[' at index 10 of \"SIP;host=[10.0.0.1]\"",
            "SIP;host=[::1                 | expected ']' after the IPv6 address, found the end at index 13 of \"SIP;host=[::1\"",
            "SIP;host=[::g]                | expected ']' after the IPv6 address, found 'g' at index 12 of \"SIP;host=[::g]\"",
            "SIP;cause=1\u00e9             | expected only digits in the cause, found the character U+00E9 at index 11"
                    + " of \"SIP;cause=1\\u00e9\"",
    })
    void aMalformedHeaderIsRefusedNamingTheProblemAndItsIndex(String header, String problem) {
        assertThatThrownBy(() -> parseHeader(header))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a SIP Reason header: " + problem);
    }

    @Test
    void aLineBreakIsWhitespaceOnlyWhereItFoldsTheLine() {
        assertRefused("SIP\r\n;cause=1",
                "expected ';' or ',' after the protocol, found a line break at index 3 of \"SIP\\r\\n;cause=1\"");
        // Only one line break at the end is tolerated.
        assertRefused("SIP\r\n\r\n", "expected ';' or ',' after the protocol, found a line break at index 3 of \"SIP\\r\\n\\r\\n\"");
        assertRefused("SIP\r", "expected ';' or ',' after the protocol, found a line break at index 3 of \"SIP\\r\"");
        assertRefused("SIP;cause=200\r\n \r\n", "whitespace at the end of the header value at index 13 of \"SIP;cause=200\\r\\n \\r\\n\"");
        // HCOLON allows spaces and tabs before the colon, no line break: "Reason" is then read as a protocol.
        assertRefused("Reason\r\n : SIP", "expected ';' or ',' after the protocol, found ':' at index 9 of \"Reason\\r\\n : SIP\"");
        assertRefused("SIP;text=\"Busy\r\nHere\"", "a line break in a quoted string (a folded line goes on with a space or tab)"
                + " at index 14 of \"SIP;text=\\\"Busy\\r\\nHere\\\"\"");
        assertRefused("SIP;text=\"Busy\\\r\n Here\"", "a line break cannot be escaped at index 15 of \"SIP;text=\\\"Busy\\\\\\r\\n Here\\\"\"");
        assertRefused("SIP;cause=1\n;text=\"x\"", "expected only digits in the cause, found a line break at index 11"
                + " of \"SIP;cause=1\\n;text=\\\"x\\\"\"");
    }

    @Test
    void aLongBadInputIsQuotedShortened() {
        assertRefused("X".repeat(10_000) + "@", "'@' is not allowed in a token (the protocol) at index 10000 of \""
                + "X".repeat(60) + "\"...");
        String name = "n".repeat(30);
        assertRefused("SIP;" + name + ";" + name, "the parameter " + "n".repeat(20) + "... appears twice at index 35 of \"SIP;"
                + name + ";" + "n".repeat(25) + "\"...");
    }

    private static void assertRefused(String header, String problem) {
        assertThatThrownBy(() -> parseHeader(header))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a SIP Reason header: " + problem);
    }

    @Test
    void ofAStatusGivesItsCodeAndReasonPhrase() {
        Object reason = api.callStatic("SipReason", "of", status("BUSY_HERE"));
        assertThat(reason).hasToString("SIP;cause=486;text=\"Busy Here\"");
        assertThat(api.call(reason, "protocol")).isEqualTo("SIP");
        assertThat(api.call(reason, "cause")).isEqualTo(OptionalInt.of(486));
        assertThat(api.call(reason, "text")).isEqualTo(Optional.of("Busy Here"));
        assertThat(api.call(reason, "sipStatus")).isEqualTo(Optional.of(status("BUSY_HERE")));
        assertThat(api.call(reason, "parameterNames")).isEqualTo(List.of("cause", "text"));
        assertThat(reason).isEqualTo(parseOne("Reason: SIP ;cause=486 ;text=\"Busy Here\"")).hasSameHashCodeAs(parseOne("SIP;cause=486;text=\"Busy Here\""));
        for (Object status : api.constants("SipStatus")) {
            Object made = api.callStatic("SipReason", "of", status);
            assertThat(parseHeader(made.toString())).containsExactly(made);
            assertThat(api.call(made, "sipStatus")).isEqualTo(Optional.of(status));
        }
    }

    @Test
    void sipAndQ850MakeReasonsOfOnesOwn() {
        Object elsewhere = api.callStatic("SipReason", "sip", 200, "Call completed elsewhere");
        assertThat(elsewhere).hasToString("SIP;cause=200;text=\"Call completed elsewhere\"")
                .isEqualTo(parseOne("Reason: SIP ;cause=200 ;text=\"Call completed elsewhere\""));
        assertThat(api.callStatic("SipReason", "sip", 499, null)).hasToString("SIP;cause=499");
        assertThat(api.call(api.callStatic("SipReason", "sip", 499, null), "text")).isEqualTo(Optional.empty());
        Object terminated = api.callStatic("SipReason", "q850", 16, "Terminated");
        assertThat(terminated).hasToString("Q.850;cause=16;text=\"Terminated\"");
        assertThat(api.call(terminated, "isQ850")).isEqualTo(true);
        assertThat(api.callStatic("SipReason", "q850", 0, null)).hasToString("Q.850;cause=0");
        assertThat(api.callStatic("SipReason", "q850", 127, "")).hasToString("Q.850;cause=127;text=\"\"");

        Object quoting = api.callStatic("SipReason", "sip", 480, "say \"hi\"\t\\ \u00e9");
        assertThat(quoting).hasToString("SIP;cause=480;text=\"say \\\"hi\\\"\t\\\\ \u00e9\"");
        assertThat(api.call(quoting, "text")).isEqualTo(Optional.of("say \"hi\"\t\\ \u00e9"));
        assertThat(parseHeader(quoting.toString())).containsExactly(quoting);
    }

    @ParameterizedTest(name = "[{index}] {0}({1})")
    @CsvSource(delimiter = '|', value = {
            "sip  | 700 | SIP cause 700 is not a status code of 100..699",
            "sip  | 99  | SIP cause 99 is not a status code of 100..699",
            "q850 | 128 | Q.850 cause 128 is not in 0..127",
            "q850 | -1  | Q.850 cause -1 is not in 0..127",
    })
    void aCauseOutOfRangeIsRefused(String factory, int cause, String message) {
        assertThatThrownBy(() -> api.callStatic("SipReason", factory, cause, "x"))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void aTextWithAControlCharacterOtherThanTabIsRefused() {
        assertThatThrownBy(() -> api.callStatic("SipReason", "sip", 486, "Busy\r\nVia: evil"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("a line break at index 4 of the text \"Busy\\r\\nVia: evil\"");
        assertThatThrownBy(() -> api.callStatic("SipReason", "q850", 16, "a\u0000b"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("the control character U+0000 at index 1 of the text \"a\\u0000b\"");
        assertThatThrownBy(() -> api.callStatic("SipReason", "q850", 16, "\u007f"))
                .hasMessage("the control character U+007F at index 0 of the text \"\\u007f\"");
    }

    @Test
    void headerValueJoinsReasonsThatParseBack() {
        List<Object> reasons = List.of(api.callStatic("SipReason", "sip", 200, null), api.callStatic("SipReason", "q850", 16, "Terminated"));
        String value = (String) api.callStatic("SipReason", "headerValue", reasons);
        assertThat(value).isEqualTo("SIP;cause=200, Q.850;cause=16;text=\"Terminated\"");
        assertThat(parseHeader("Reason: " + value)).isEqualTo(reasons);
        assertThatThrownBy(() -> api.callStatic("SipReason", "headerValue", List.of()))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("a Reason header has at least one value");
    }

    @Test
    void withoutQ850CausesInTheTableThereAreNoQ850Accessors() {
        String reason = JavaSources.generate(Tables.load(Tables.minimal("")), new GeneratedTypes(PACKAGE), "t.yaml").stream()
                .filter(f -> f.relativePath().endsWith("/SipReason.java"))
                .map(f -> new String(f.content(), java.nio.charset.StandardCharsets.US_ASCII)).findFirst().orElseThrow();
        assertThat(reason).doesNotContain("q850Cause", "Q850Cause").contains("public static SipReason of(SipStatus status)");
        assertThat(Stream.of(api.type("SipReason").getMethods()).map(m -> m.getName())).contains("q850Cause");
    }
}
