package io.github.sipstatus.example.benchmarks;

import gov.nist.javax.sip.parser.StatusLineParser;
import io.github.sipstatus.sip.SipStatus;
import io.github.sipstatus.sip.SipStatusLine;
import java.text.ParseException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing status lines as a program reading traces or logs sees them: mostly the table's own lines
 * ({@code SIP/2.0 180 Ringing}), and one in ten with a phrase of its own or a code the table lacks.
 * The generated {@code SipStatusLine.parse} against a regular expression (what the example project
 * did before it had the generated parser) and against a real SIP stack's parser, JAIN-SIP's
 * {@code StatusLineParser}. Each invocation parses {@value #MIX} lines, so scores are per line.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class StatusLineBenchmark {

    static final int MIX = 1024;

    private static final int[] COMMON = {100, 180, 183, 200, 401, 407, 486, 487};
    private static final String[] OTHER = {
        "SIP/2.0 486 Busy here", "SIP/2.0 499 Peer Says No Thanks", "SIP/2.0 580 Precondition Failure",
        "SIP/2.0 155 Update Requested", "SIP/2.0 200 ok"
    };
    private static final Pattern STATUS_LINE = Pattern.compile("(?i)(SIP/[0-9]+\\.[0-9]+) ([0-9]{3}) (.*)");

    private final String[] lines = new String[MIX];
    private final String[] linesWithBreak = new String[MIX];

    @Setup
    public void setUp() {
        Random random = new Random(3261);
        for (int i = 0; i < MIX; i++) {
            lines[i] = random.nextInt(10) == 0
                    ? OTHER[random.nextInt(OTHER.length)]
                    : SipStatus.valueOf(COMMON[random.nextInt(COMMON.length)]).statusLine();
            linesWithBreak[i] = lines[i] + "\r\n";
        }
    }

    @Benchmark
    @OperationsPerInvocation(MIX)
    public void generatedParse(Blackhole blackhole) {
        for (String line : lines) {
            blackhole.consume(SipStatusLine.parse(line));
        }
    }

    /** Lines as they are on the wire: the CRLF is the parser's to drop, not the caller's. */
    @Benchmark
    @OperationsPerInvocation(MIX)
    public void generatedParseWithCrlf(Blackhole blackhole) {
        for (String line : linesWithBreak) {
            blackhole.consume(SipStatusLine.parse(line));
        }
    }

    /** The version, the code as an int and the phrase, as a hand-written parser would take them. */
    @Benchmark
    @OperationsPerInvocation(MIX)
    public void baselineRegex(Blackhole blackhole) {
        for (String line : lines) {
            Matcher matcher = STATUS_LINE.matcher(line);
            if (!matcher.matches()) {
                throw new IllegalStateException(line);
            }
            blackhole.consume(matcher.group(1));
            blackhole.consume(Integer.parseInt(matcher.group(2)));
            blackhole.consume(matcher.group(3));
        }
    }

    /** JAIN-SIP parses the line of a message it receives this way; it wants the line break. */
    @Benchmark
    @OperationsPerInvocation(MIX)
    public void jainSipStatusLineParser(Blackhole blackhole) throws ParseException {
        for (String line : linesWithBreak) {
            blackhole.consume(new StatusLineParser(line).parse());
        }
    }
}
