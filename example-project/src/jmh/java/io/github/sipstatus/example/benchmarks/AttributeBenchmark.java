package io.github.sipstatus.example.benchmarks;

import io.github.sipstatus.sip.SipStatus;
import java.util.HashMap;
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
 * The table's own attributes (src/main/sip/sip-status-codes.yaml) read through the generated accessors,
 * {@code SipStatus.resolve(code).retryable()} and the like, on the code mix of {@link StatusLookupBenchmark}
 * (486 is retried, and so is 699, treated as 600; the others are not, so the answers vary):
 * against {@code resolve(code)} alone, the floor of a {@code boolean[]} indexed by code (what a hand-written
 * policy table at its fastest is), and the {@code Map<Integer, Boolean>} a hand-written policy usually is.
 * Every variant answers the same for every code: the floor and the map hold, for each code 100..699, the
 * value of the status it resolves to. Each invocation runs over {@value #MIX} codes, so the scores are per
 * lookup.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class AttributeBenchmark {

    static final int MIX = StatusLookupBenchmark.MIX;

    private final int[] codes = new int[MIX];

    private final boolean[] retryableFloor = new boolean[700];
    private final Map<Integer, Boolean> retryableMap = new HashMap<>();

    @Setup
    public void setUp() {
        for (int code = 100; code <= 699; code++) {
            boolean retryable = SipStatus.resolve(code).retryable();
            retryableFloor[code] = retryable;
            retryableMap.put(code, retryable);
        }
        // StatusLookupBenchmark's mix: nine in ten codes of ordinary call set-up, one in ten the table lacks.
        Random random = new Random(3261);
        for (int i = 0; i < MIX; i++) {
            int[] pool = random.nextInt(10) == 0 ? StatusLookupBenchmark.UNKNOWN : StatusLookupBenchmark.COMMON;
            codes[i] = pool[random.nextInt(pool.length)];
        }
    }

    // --- baselines

    @Benchmark
    @OperationsPerInvocation(MIX)
    public void baselineBooleanArrayFloor(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(retryableFloor[code]);
        }
    }

    @Benchmark
    @OperationsPerInvocation(MIX)
    public void baselineHashMap(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(retryableMap.get(code).booleanValue());
        }
    }

    // --- the generated API

    @Benchmark
    @OperationsPerInvocation(MIX)
    public void resolve(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(SipStatus.resolve(code));
        }
    }

    @Benchmark
    @OperationsPerInvocation(MIX)
    public void resolveRetryable(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(SipStatus.resolve(code).retryable());
        }
    }

    @Benchmark
    @OperationsPerInvocation(MIX)
    public void resolveOutcome(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(SipStatus.resolve(code).outcome());
        }
    }

    /** An optional attribute: its {@code Optional} is made once, with the constants, not per call. */
    @Benchmark
    @OperationsPerInvocation(MIX)
    public void resolveTicketQueue(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(SipStatus.resolve(code).ticketQueue());
        }
    }
}
