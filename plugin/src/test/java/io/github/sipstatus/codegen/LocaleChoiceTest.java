package io.github.sipstatus.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sipstatus.bundle.BundleFiles;
import io.github.sipstatus.model.MissingTranslations;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.output.GeneratedFile;
import io.github.sipstatus.testing.CompiledApi;
import io.github.sipstatus.testing.Tables;
import io.github.sipstatus.yaml.StatusTableLoader;
import io.github.sipstatus.yaml.TableSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the generated accessors choose a locale, run in a separate JVM whose default locale is Dutch:
 * the classic trap is a server with that default answering a French client in Dutch.
 */
class LocaleChoiceTest {

    private static final String TABLE = Tables.minimal("""
              - code: 486
                reason: Busy Here
                message: {en: Busy here, nl: In gesprek}
                hint: {en: Try later, nl: Probeer later}
            """).replace("locales: [en, nl]", "locales: [en, nl, nl-BE, pt-BR, zh-Hant-TW]")
            .replace("nl: In gesprek}", "nl: In gesprek, nl-BE: Bezet, pt-BR: Ocupado, zh-Hant-TW: \u5fd9\u7dda}")
            .replace("nl: Probeer later}", "nl: Probeer later, nl-BE: Straks opnieuw}")
            .replaceAll("nl: ([^,}]+)}", "nl: $1, nl-BE: $1}")
            // nl-BE lacks the 400 message: it must come from nl, not from the default en.
            .replace(", nl-BE: Fout verzoek}", "}");

    /** German through an overlay that lacks most texts; allowed with missingTranslations=warn. */
    private static final String PARTIAL_GERMAN = "schema: 1\nlocale: de\ncodes:\n  486: {message: Besetzt}\n";

    private static final String MAIN = """
            package org.choice;

            import java.util.Locale;

            /** Prints what each locale tag of its arguments chooses. */
            public final class Main {
                private Main() {}

                /** @param args locale tags, {@code nl_NL} or {@code nl-NL} */
                public static void main(String[] args) {
                    SipStatus busy = SipStatus.BUSY_HERE;
                    for (String tag : args) {
                        Locale locale = tag.contains("_") ? new Locale(tag.split("_")[0], tag.split("_")[1]) : Locale.forLanguageTag(tag);
                        System.out.println(tag + "=" + busy.message(locale) + "|" + busy.hint(locale).orElse("-")
                                + "|" + busy.category().title(locale) + "|" + SipStatus.BAD_REQUEST.message(locale));
                    }
                    System.out.println("default=" + Locale.getDefault());
                }
            }
            """;

    @TempDir
    static Path dir;

    @BeforeAll
    static void compile() throws Exception {
        StatusTable table = StatusTableLoader.load(new TableSource("t.yaml", TABLE.getBytes(StandardCharsets.UTF_8)),
                List.of(new TableSource("de.yaml", PARTIAL_GERMAN.getBytes(StandardCharsets.UTF_8))),
                Optional.empty(), MissingTranslations.WARN).table();
        GeneratedTypes types = new GeneratedTypes("org.choice");
        List<GeneratedFile> sources = new ArrayList<>(JavaSources.generate(table, types, "t.yaml"));
        sources.add(new GeneratedFile("org/choice/Main.java", MAIN.getBytes(StandardCharsets.US_ASCII)));
        CompiledApi.compile(dir, "org.choice", sources, BundleFiles.generate(table, types, "t.yaml")).close();
    }

    @Test
    void aDutchJvmStillAnswersOtherLanguagesFromTheTable() throws Exception {
        List<String> lines = runWithDutchDefault("fr", "en", "nl", "nl-BE", "nl_NL", "nl_BE", "en-GB", "de", "und",
                "pt", "pt-PT", "zh-TW", "zh-Hant-HK", "zh-CN", "zh-Hans");

        assertThat(lines).containsExactly(
                "fr=Busy here|Try later|Client Error|Bad request",
                "en=Busy here|Try later|Client Error|Bad request",
                "nl=In gesprek|Probeer later|Clientfout|Fout verzoek",
                "nl-BE=Bezet|Straks opnieuw|Clientfout|Fout verzoek",
                "nl_NL=In gesprek|Probeer later|Clientfout|Fout verzoek",
                "nl_BE=Bezet|Straks opnieuw|Clientfout|Fout verzoek",
                "en-GB=Busy here|Try later|Client Error|Bad request",
                // de has only the message of 486; every other text falls back to the default, en.
                "de=Besetzt|Try later|Client Error|Bad request",
                "und=Busy here|Try later|Client Error|Bad request",
                // pt-BR is the only Portuguese: better than English for any Portuguese speaker.
                "pt=Ocupado|Try later|Client Error|Bad request",
                "pt-PT=Ocupado|Try later|Client Error|Bad request",
                // Java's candidates for zh-TW include zh-Hant-TW; Simplified Chinese must not get Traditional.
                "zh-TW=\u5fd9\u7dda|Try later|Client Error|Bad request",
                "zh-Hant-HK=\u5fd9\u7dda|Try later|Client Error|Bad request",
                "zh-CN=Busy here|Try later|Client Error|Bad request",
                "zh-Hans=Busy here|Try later|Client Error|Bad request",
                "default=nl_NL");
    }

    private static List<String> runWithDutchDefault(String... tags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=nl", "-Duser.country=NL", "-cp", dir.resolve("classes").toString(), "org.choice.Main"));
        command.addAll(List.of(tags));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }
}
