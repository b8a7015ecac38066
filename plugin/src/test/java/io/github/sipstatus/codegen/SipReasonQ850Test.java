package io.github.sipstatus.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.github.sipstatus.bundle.BundleFiles;
import io.github.sipstatus.output.GeneratedFile;
import io.github.sipstatus.testing.CompiledApi;
import io.github.sipstatus.testing.Tables;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code SipReason} generated for a table with Q.850 causes: its {@code q850Cause()} and
 * {@code of(Q850Cause)}, compiled (and held to doclint) against {@link #Q850_CAUSE_FIXTURE}.
 */
class SipReasonQ850Test {

    private static final String PACKAGE = "com.example.sip";

    /**
     * TEST FIXTURE, not generated code: a hand-written stand-in for the {@code Q850Cause} enum that the
     * emitter for the table's {@code causes} section will generate, with just the members
     * {@code SipReason} calls ({@code cause()}, {@code text()}, {@code of(int)}). Replace it with the real
     * emitter's output once that exists.
     */
    static final String Q850_CAUSE_FIXTURE = """
            package com.example.sip;

            import java.util.Optional;

            /** Test fixture standing in for the generated Q.850 cause enum. */
            public enum Q850Cause {
                /** Cause 16. */
                NORMAL_CALL_CLEARING(16, "Normal call clearing"),
                /** Cause 17. */
                USER_BUSY(17, "User busy"),
                /** Cause 31, with a text that needs escaping in a quoted-string. */
                NORMAL_UNSPECIFIED(31, "Normal, \\"unspecified\\"");

                private final int cause;
                private final String text;

                Q850Cause(int cause, String text) {
                    this.cause = cause;
                    this.text = text;
                }

                /**
                 * The cause value.
                 *
                 * @return the cause value
                 */
                public int cause() {
                    return cause;
                }

                /**
                 * The Q.850 name.
                 *
                 * @return the Q.850 name
                 */
                public String text() {
                    return text;
                }

                /**
                 * The constant with a cause value.
                 *
                 * @param cause a cause value
                 * @return the constant with it, if any
                 */
                public static Optional<Q850Cause> of(int cause) {
                    for (Q850Cause c : values()) {
                        if (c.cause == cause) {
                            return Optional.of(c);
                        }
                    }
                    return Optional.empty();
                }
            }
            """;

    @TempDir
    static Path dir;

    private static CompiledApi api;

    @BeforeAll
    static void compile() {
        GeneratedTypes types = new GeneratedTypes(PACKAGE);
        List<GeneratedFile> sources = new ArrayList<>();
        for (GeneratedFile file : JavaSources.generate(Tables.defaultTable(), types, "t.yaml")) {
            if (!file.relativePath().endsWith("/SipReason.java")) {
                sources.add(file);
            }
        }
        String reason = JavaFile.builder(PACKAGE, SipReasonEmitter.emit(types, true)).indent("    ").build().toString();
        sources.add(new GeneratedFile("com/example/sip/SipReason.java", AsciiSource.escape(reason).getBytes(StandardCharsets.US_ASCII)));
        sources.add(new GeneratedFile("com/example/sip/Q850Cause.java", Q850_CAUSE_FIXTURE.getBytes(StandardCharsets.US_ASCII)));
        api = CompiledApi.compile(dir, PACKAGE, sources, BundleFiles.generate(Tables.defaultTable(), types, "t.yaml"));
    }

    @AfterAll
    static void close() throws Exception {
        api.close();
    }

    private static Object parseOne(String header) {
        List<?> reasons = (List<?>) api.callStatic("SipReason", "parseHeader", header);
        assertThat(reasons).hasSize(1);
        return reasons.get(0);
    }

    private static Object cause(String name) {
        return api.constant("Q850Cause", name);
    }

    @Test
    void aQ850ReasonGivesTheTablesCause() {
        assertThat(api.call(parseOne("Reason: Q.850;cause=17;text=\"User busy\""), "q850Cause")).isEqualTo(Optional.of(cause("USER_BUSY")));
        assertThat(api.call(parseOne("q.850 ; cause=16"), "q850Cause")).isEqualTo(Optional.of(cause("NORMAL_CALL_CLEARING")));
    }

    @Test
    void otherProtocolsCausesTheTableLacksAndNoCauseGiveNone() {
        for (String header : List.of("Q.850;cause=99", "Q.850;cause=2147483647", "Q.850;text=\"no cause\"", "SIP;cause=17",
                "preemption;cause=17")) {
            assertThat(api.call(parseOne(header), "q850Cause")).as(header).isEqualTo(Optional.empty());
        }
    }

    @Test
    void ofACauseGivesItsValueAndQ850Name() {
        Object busy = api.callStatic("SipReason", "of", cause("USER_BUSY"));
        assertThat(busy).hasToString("Q.850;cause=17;text=\"User busy\"");
        assertThat(api.call(busy, "q850Cause")).isEqualTo(Optional.of(cause("USER_BUSY")));
        Object unspecified = api.callStatic("SipReason", "of", cause("NORMAL_UNSPECIFIED"));
        assertThat(unspecified).hasToString("Q.850;cause=31;text=\"Normal, \\\"unspecified\\\"\"");
        assertThat(api.call(unspecified, "text")).isEqualTo(Optional.of("Normal, \"unspecified\""));
        assertThat(api.callStatic("SipReason", "parseHeader", unspecified.toString())).isEqualTo(List.of(unspecified));
    }

    @Test
    void ofAStatusIsStillThere() {
        assertThat(api.callStatic("SipReason", "of", api.constant("SipStatus", "BUSY_HERE"))).hasToString("SIP;cause=486;text=\"Busy Here\"");
    }
}
