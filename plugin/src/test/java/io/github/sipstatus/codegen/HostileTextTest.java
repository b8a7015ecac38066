package io.github.sipstatus.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sipstatus.bundle.BundleFiles;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.testing.CompiledApi;
import io.github.sipstatus.testing.Tables;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from a table can hold anything a person can type. None of it may break the generated source
 * (comment ends, Unicode escapes, JavaPoet's {@code $}, HTML, Javadoc tags) and all of it must come
 * back unchanged at run time.
 */
class HostileTextTest {

    private static final String REASON = "Evil */ \\u000a \"quoted\" $L $$ <b>&amp; @deprecated {@code x} caf\u00e9 'l'appel'";
    private static final String HINT = "Line one\nline two */ /* \\ \\\\u0022 \t\u00fcber \u2028 \ud83d\udcde";

    @TempDir
    Path dir;

    @Test
    void hostileTextsCompileAndComeBackUnchanged() throws Exception {
        String yaml = Tables.minimal("""
                  - code: 486
                    reason: %s
                    constant: HOSTILE
                    deprecated: %s
                    message: {en: %s, nl: %s}
                    hint: {en: %s, nl: %s}
                """.formatted(quoted(REASON), quoted("*/ use 600 \\u0041"), quoted(REASON), quoted("nl " + REASON),
                quoted(HINT), quoted(HINT)))
                .replace("name: Minimal", "name: " + quoted("Evil */ name \\u000a"));
        StatusTable table = Tables.load(yaml);
        GeneratedTypes types = new GeneratedTypes("org.hostile");
        var sources = JavaSources.generate(table, types, "evil */ \\u000a.yaml");
        assertThat(sources).allSatisfy(file ->
                assertThat(new String(file.content(), StandardCharsets.US_ASCII).chars()).allMatch(c -> c < 0x80));

        try (CompiledApi api = CompiledApi.compile(dir, "org.hostile", sources, BundleFiles.generate(table, types, "evil.yaml"))) {
            Object busy = api.callStatic("SipStatus", "valueOf", 486);
            assertThat(((Enum<?>) busy).name()).isEqualTo("HOSTILE");
            assertThat(api.call(busy, "reasonPhrase")).isEqualTo(REASON);
            assertThat(api.call(busy, "statusLine")).isEqualTo("SIP/2.0 486 " + REASON);
            assertThat(api.call(busy, "message", Locale.ENGLISH)).isEqualTo(REASON);
            assertThat(api.call(busy, "message", Locale.forLanguageTag("nl"))).isEqualTo("nl " + REASON);
            assertThat(api.call(busy, "hint", Locale.ENGLISH)).isEqualTo(Optional.of(HINT));
            assertThat(api.type("SipStatus").getField(((Enum<?>) busy).name()).isAnnotationPresent(Deprecated.class)).isTrue();
        }
    }

    /** A YAML double-quoted scalar of {@code text}. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\u2028' -> out.append("\\L");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
