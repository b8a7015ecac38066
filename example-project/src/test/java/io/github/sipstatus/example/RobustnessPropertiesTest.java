package io.github.sipstatus.example;

import io.github.sipstatus.example.calls.CallGrouper;
import io.github.sipstatus.example.calls.Response;
import io.github.sipstatus.example.trace.Trace;
import io.github.sipstatus.example.trace.TraceDecoder;
import io.github.sipstatus.example.trace.TraceReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the input, sip-explain neither throws nor invents: every response it explains has its status line,
 * character for character, in the input as decoded, and the exit status is one of the documented four.
 */
class RobustnessPropertiesTest {

    /** Pieces of SIP, of the tools' wrapping and of binary junk, so that random text often looks like a trace. */
    private static final List<String> FRAGMENTS = List.of("SIP/2.0 ", "sip/2.0 ", "SIP/", "486 ", "200 ", "155 ", "700 ",
            "48 ", "Busy Here", "OK", "\r\n", "\n", "\r", " ", "\t", "'", "\"", ".", "E..Uf.@.@.......A.T", "INVITE ",
            "ACK ", "sip:bob@h ", "SIP/2.0", "Call-ID: ", "i: ", "CSeq: ", "1 INVITE", "Content-Length: ", "l: ",
            "0", "300", "99999999999999999999", "Retry-After: ", "Reason: ", "Q.850;cause=17;text=\"", "(", ")",
            ";duration=", ",", "WWW-Authenticate: ", "Digest realm=\"", "\u0000", "\u00e9", "\u00ff",
            "U 127.0.0.1:5060 -> 127.0.0.1:5061 #1", "#", "16:42:12.644392 IP a > b: ", "\t0x0000:  4500 020c  E..",
            "----------------------------------------------- 2026-12-02 16:42:05.1", "UDP message sent (1 bytes):",
            "2026/12/02 16:42:05.494563 127.0.0.1:5061 -> 127.0.0.1:5060", "Follow: udp,ascii", "\t296", "===");

    /** Lines that a trace is made of, whole or broken, and junk made of fragments; then a line break each. */
    @Provide
    Arbitrary<String> traceLikeText() {
        Arbitrary<String> junk = Arbitraries.of(FRAGMENTS).list().ofMaxSize(12).map(pieces -> String.join("", pieces));
        Arbitrary<String> statusLine = Arbitraries.integers().between(0, 999).flatMap(code -> Arbitraries.of(
                "SIP/2.0 " + code + " Busy Here", "SIP/2.0 " + code + " ", "SIP/2.0 " + code, "'SIP/2.0 " + code + " Odd",
                "E..Uf.@.@.......A.TSIP/2.0 " + code + " Peer Says No Thanks", " SIP/2.0 " + code + " Folded"));
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, statusLine),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("INVITE sip:bob@h SIP/2.0", "CANCEL sip:bob@h SIP/2.0",
                        "..........BACK sip:bob@h SIP/2.0", "BYE bob SIP/2.0")),
                net.jqwik.api.Tuple.of(5, Arbitraries.of("Call-ID: a", "i: b", "CSeq: 1 INVITE", "CSeq: 1 CANCEL",
                        "CSeq: 2 BYE", "Content-Length: 0", "l: 3", "Content-Length:", " 0", "Retry-After: 300 (x);duration=1",
                        "Retry-After:", " 300", "\t;duration=9", "Reason: Q.850;cause=17;text=\"a, \\\"b\"", "Reason: SIP;cause=",
                        "WWW-Authenticate: Digest realm=\"r\"", "Proxy-Authenticate: Basic", "v=0", ".;x=1")),
                net.jqwik.api.Tuple.of(3, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(2, junk));
        Arbitrary<String> lineBreak = Arbitraries.of("\r\n", "\n");
        return net.jqwik.api.Combinators.combine(line, lineBreak).as((text, brk) -> text + brk)
                .list().ofMaxSize(40).map(lines -> String.join("", lines));
    }

    @Property(tries = 600)
    void traceLikeTextNeverThrowsNorInventsAResponse(@ForAll("traceLikeText") String text) {
        int responses = checkTrace(text.getBytes(StandardCharsets.UTF_8));
        // The fragments must make real responses often enough for "not invented" to be tested at all.
        Statistics.label("has responses").collect(responses > 0);
        Statistics.label("has responses").coverage(coverage -> coverage.check(true).percentage(p -> p > 10));
    }

    @Property(tries = 300)
    void anyTextNeverThrowsNorInventsAResponse(@ForAll String text) {
        checkTrace(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void anyBytesNeverThrowNorInventAResponse(@ForAll byte[] bytes) {
        checkTrace(bytes);
    }

    @Property(tries = 200)
    void traceLikeTextAsLatin1NeverThrows(@ForAll("traceLikeText") String text) {
        checkTrace(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The number of responses found. */
    private static int checkTrace(byte[] bytes) {
        TraceDecoder.Decoded decoded = TraceDecoder.decode(bytes);
        Trace trace = TraceReader.read(decoded.lines());
        List<Response> responses = Captures.responses(CallGrouper.group(trace.messages()));
        for (Response response : responses) {
            assertThat(decoded.text()).contains(response.line().toString());
        }
        for (String[] args : List.of(new String[0], new String[] {"--format", "json"}, new String[] {"--locale", "nl"})) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exitStatus = SipExplain.run(args, new ByteArrayInputStream(bytes), new PrintWriter(out), new PrintWriter(err));
            assertThat(exitStatus).isBetween(SipExplain.OK, SipExplain.UNREADABLE_INPUT);
        }
        return responses.size();
    }
}
