package io.github.sipstatus.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sipstatus.bundle.BundleFiles;
import io.github.sipstatus.testing.CompiledApi;
import io.github.sipstatus.testing.Tables;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code SipReason} generated for a table with Q.850 causes (the built-in one): its {@code q850Cause()}
 * and {@code of(Q850Cause)}, compiled (and held to doclint) with the table's {@code Q850Cause}.
 */
class SipReasonQ850Test {

    private static final String PACKAGE = "com.example.sip";

    @TempDir
    static Path dir;

    private static CompiledApi api;

    @BeforeAll
    static void compile() {
        GeneratedTypes types = new GeneratedTypes(PACKAGE);
        api = CompiledApi.compile(dir, PACKAGE, JavaSources.generate(Tables.defaultTable(), types, "t.yaml"),
                BundleFiles.generate(Tables.defaultTable(), types, "t.yaml"));
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
        assertThat(api.callStatic("SipReason", "of", cause("NORMAL_UNSPECIFIED"))).hasToString("Q.850;cause=31;text=\"Normal, unspecified\"");
        Object unspecified = api.callStatic("SipReason", "q850", 31, "Normal, \"unspecified\"");
        assertThat(unspecified).hasToString("Q.850;cause=31;text=\"Normal, \\\"unspecified\\\"\"");
        assertThat(api.call(unspecified, "q850Cause")).isEqualTo(Optional.of(cause("NORMAL_UNSPECIFIED")));
        assertThat(api.call(unspecified, "text")).isEqualTo(Optional.of("Normal, \"unspecified\""));
        assertThat(api.callStatic("SipReason", "parseHeader", unspecified.toString())).isEqualTo(List.of(unspecified));
    }

    @Test
    void ofAStatusIsStillThere() {
        assertThat(api.callStatic("SipReason", "of", api.constant("SipStatus", "BUSY_HERE"))).hasToString("SIP;cause=486;text=\"Busy Here\"");
    }
}
