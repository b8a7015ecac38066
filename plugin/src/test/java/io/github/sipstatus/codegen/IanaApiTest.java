package io.github.sipstatus.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sipstatus.bundle.BundleFiles;
import io.github.sipstatus.model.StatusCode;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.testing.CompiledApi;
import io.github.sipstatus.testing.Tables;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API of the built-in {@code iana} table: 75 codes, a deprecated one, compiled for Java 8 without a warning. */
class IanaApiTest {

    @TempDir
    Path dir;

    @Test
    void everyRegisteredCodeRoundTripsWithItsRfc() throws Exception {
        StatusTable table = Tables.ianaTable();
        GeneratedTypes types = new GeneratedTypes("org.iana.sip");
        try (CompiledApi api = CompiledApi.compile(dir, "org.iana.sip", JavaSources.generate(table, types, "iana.yaml"),
                BundleFiles.generate(table, types, "iana.yaml"))) {
            for (StatusCode code : table.codes()) {
                Object status = api.callStatic("SipStatus", "valueOf", code.code());
                assertThat(((Enum<?>) status).name()).isEqualTo(code.constantName());
                assertThat(api.call(status, "rfc")).isEqualTo(code.rfc());
                assertThat(api.call(status, "message", Locale.forLanguageTag("nl"))).isEqualTo(code.message().in(Locale.forLanguageTag("nl")));
            }
            Object accepted = api.callStatic("SipStatus", "valueOf", 202);
            assertThat(api.call(accepted, "rfc")).isEqualTo(OptionalInt.of(6665));
            assertThat(api.type("SipStatus").getField("ACCEPTED").isAnnotationPresent(Deprecated.class)).isTrue();
            assertThat(api.type("SipStatusCodes").getField("ACCEPTED").isAnnotationPresent(Deprecated.class)).isTrue();
            assertThat(api.type("SipStatus").getField("OK").isAnnotationPresent(Deprecated.class)).isFalse();
            assertThat(api.callStatic("SipStatus", "resolve", 609)).isSameAs(api.callStatic("SipStatus", "valueOf", 600));
        }
    }
}
