package io.github.sipstatus.example.benchmarks;

import gov.nist.javax.sip.message.SIPResponse;
import io.github.sipstatus.sip.SipStatus;
import io.github.sipstatus.sip.SipStatusCategory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
 * The generated lookups on the codes a SIP server sees, against three baselines written here: a
 * plain array load indexed by code (the floor), a scan over a cached {@code values()} array (what
 * Spring's HttpStatus once did), and a {@code HashMap<Integer, ...>} (boxing). The reason-phrase
 * lookups have a peer from a real SIP stack, JAIN-SIP's static {@code SIPResponse.getReasonPhrase(int)}
 * (a {@code switch} over the codes it knows, "Unknown Status" for any other). Each invocation runs
 * over {@value #MIX} codes, so the scores are per lookup.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class StatusLookupBenchmark {

    static final int MIX = 1024;

    /** Mostly the codes of ordinary call set-up and authentication; now and then one the table lacks. */
    static final int[] COMMON = {100, 180, 183, 200, 401, 407, 486, 487};
    static final int[] UNKNOWN = {199, 299, 499, 599, 699};

    private final int[] codes = new int[MIX];
    private final int[] knownCodes = new int[MIX];
    private final SipStatus[] statuses = new SipStatus[MIX];
    private final Locale[] locales = new Locale[MIX];

    private final SipStatus[] floor = new SipStatus[700];
    private final SipStatus[] values = SipStatus.values();
    private final Map<Integer, SipStatus> map = new HashMap<>();
    private final SipStatusCategory.Cases<Integer> cases = new ClassNumbers();

    @Setup
    public void setUp() {
        for (SipStatus status : values) {
            floor[status.code()] = status;
            map.put(status.code(), status);
        }
        Random random = new Random(3261);
        Locale[] requested = {Locale.ENGLISH, Locale.forLanguageTag("nl"), Locale.forLanguageTag("nl-BE"), Locale.FRENCH};
        for (int i = 0; i < MIX; i++) {
            int common = COMMON[random.nextInt(COMMON.length)];
            codes[i] = random.nextInt(10) == 0 ? UNKNOWN[random.nextInt(UNKNOWN.length)] : common;
            knownCodes[i] = common;
            statuses[i] = SipStatus.resolve(codes[i]);
            locales[i] = requested[random.nextInt(requested.length)];
        }
    }

    // --- baselines

    @Benchmark
    @OperationsPerInvocation(MIX)
    public void baselineArrayFloor(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(floor[code]);
        }
    }

    @Benchmark
    @OperationsPerInvocation(MIX)
    public void baselineLinearScan(Blackhole blackhole) {
        for (int code : codes) {
            SipStatus found = null;
            for (SipStatus status : values) {
                if (status.code() == code) {
                    found = status;
                    break;
                }
            }
            blackhole.consume(found);
        }
    }

    @Benchmark
    @OperationsPerInvocation(MIX)
    public void baselineHashMap(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(map.get(code));
        }
    }

    // --- the generated API

    @Benchmark
    @OperationsPerInvocation(MIX)
    public void of(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(SipStatus.of(code));
        }
    }

    @Benchmark
    @OperationsPerInvocation(MIX)
    public void valueOf(Blackhole blackhole) {
        for (int code : knownCodes) {
            blackhole.consume(SipStatus.valueOf(code));
        }
    }

    @Benchmark
    @OperationsPerInvocation(MIX)
    public void resolve(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(SipStatus.resolve(code));
        }
    }

    @Benchmark
    @OperationsPerInvocation(MIX)
    public void categoryOf(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(SipStatusCategory.of(code));
        }
    }

    @Benchmark
    @OperationsPerInvocation(MIX)
    public void switchOn(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(SipStatusCategory.switchOn(code, cases));
        }
    }

    @Benchmark
    @OperationsPerInvocation(MIX)
    public void message(Blackhole blackhole) {
        for (int i = 0; i < MIX; i++) {
            blackhole.consume(statuses[i].message(locales[i]));
        }
    }

    // --- the reason phrase, against a real SIP stack's lookup

    /** {@code valueOf} throws for a code the table lacks, so this pair runs over the known codes only. */
    @Benchmark
    @OperationsPerInvocation(MIX)
    public void valueOfReasonPhrase(Blackhole blackhole) {
        for (int code : knownCodes) {
            blackhole.consume(SipStatus.valueOf(code).reasonPhrase());
        }
    }

    @Benchmark
    @OperationsPerInvocation(MIX)
    public void jainSipReasonPhrase(Blackhole blackhole) {
        for (int code : knownCodes) {
            blackhole.consume(SIPResponse.getReasonPhrase(code));
        }
    }

    /** The full mix, unknown codes included: {@code resolve} answers them with the class's x00 status. */
    @Benchmark
    @OperationsPerInvocation(MIX)
    public void resolveReasonPhrase(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(SipStatus.resolve(code).reasonPhrase());
        }
    }

    /** The full mix, unknown codes included: JAIN-SIP answers them with "Unknown Status". */
    @Benchmark
    @OperationsPerInvocation(MIX)
    public void jainSipReasonPhraseAnyCode(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(SIPResponse.getReasonPhrase(code));
        }
    }

    /** Returns cached boxes (the class digit), so the benchmark measures the dispatch, not boxing. */
    private static final class ClassNumbers implements SipStatusCategory.Cases<Integer> {
        @Override
        public Integer provisional(int code) {
            return 1;
        }

        @Override
        public Integer success(int code) {
            return 2;
        }

        @Override
        public Integer redirection(int code) {
            return 3;
        }

        @Override
        public Integer clientError(int code) {
            return 4;
        }

        @Override
        public Integer serverError(int code) {
            return 5;
        }

        @Override
        public Integer globalFailure(int code) {
            return 6;
        }
    }
}
