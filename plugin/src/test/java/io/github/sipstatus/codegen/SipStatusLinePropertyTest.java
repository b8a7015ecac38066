package io.github.sipstatus.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sipstatus.bundle.BundleFiles;
import io.github.sipstatus.testing.CompiledApi;
import io.github.sipstatus.testing.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * {@code SipStatusLine.parse} against its grammar: any line it should read comes back part for part and
 * as the same text, and anything else, random or a near miss of a real line, fails with an
 * {@code IllegalArgumentException} whose index lies in the input, never with another exception.
 */
class SipStatusLinePropertyTest {

    private static final String PACKAGE = "com.example.sip";
    private static final Pattern INDEX = Pattern.compile(" at index (\\d+) of \"");

    private static Path dir;
    private static CompiledApi api;

    @BeforeContainer
    static void compile() throws IOException {
        dir = Files.createTempDirectory("sip-status-line");
        GeneratedTypes types = new GeneratedTypes(PACKAGE);
        api = CompiledApi.compile(dir, PACKAGE, JavaSources.generate(Tables.defaultTable(), types, "t.yaml"),
                BundleFiles.generate(Tables.defaultTable(), types, "t.yaml"));
    }

    @AfterContainer
    static void close() throws IOException {
        api.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static Object parse(String text) {
        return api.callStatic("SipStatusLine", "parse", text);
    }

    /** The parts of a well-formed line, and how it ends on the wire or in a log. */
    record Line(String version, int code, String phrase, String lineBreak) {
        String text() {
            return version + " " + code + " " + phrase + lineBreak;
        }
    }

    @Provide
    Arbitrary<Line> lines() {
        Arbitrary<String> sip = Arbitraries.of("SIP", "sip", "Sip", "sIP");
        Arbitrary<String> number = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3);
        Arbitrary<String> version = Combinators.combine(sip, number, number).as((s, major, minor) -> s + "/" + major + "." + minor);
        Arbitrary<String> usual = Arbitraries.of("SIP/2.0");
        Arbitrary<Integer> code = Arbitraries.oneOf(Arbitraries.integers().between(100, 699),
                Arbitraries.of(Tables.defaultTable().codes()).map(c -> c.code()));
        // Any character but the controls the parser refuses: tab, spaces, punctuation, non-ASCII, surrogates.
        Arbitrary<String> phrase = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').withChars('\t', '\u00e9', '\u4e2d', '\ud83d', '\ude00')
                        .ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(20)
                        .filter(s -> s.chars().noneMatch(c -> c < ' ' && c != '\t' || c == 0x7f)));
        return Combinators.combine(Arbitraries.frequencyOf(
                                net.jqwik.api.Tuple.of(3, usual), net.jqwik.api.Tuple.of(1, version)),
                        code, phrase, Arbitraries.of("", "\r\n", "\n", "\r"))
                .as(Line::new);
    }

    @Property(tries = 3000)
    void aWellFormedLineParsesToItsPartsAndBackToItsText(@ForAll("lines") Line line) {
        Object parsed = parse(line.text());
        String withoutBreak = line.text().substring(0, line.text().length() - line.lineBreak().length());
        assertThat(api.call(parsed, "version")).isEqualTo(line.version());
        assertThat(api.call(parsed, "code")).isEqualTo(line.code());
        assertThat(api.call(parsed, "reasonPhrase")).isEqualTo(line.phrase());
        assertThat(parsed).hasToString(withoutBreak);
        assertThat(parse(parsed.toString())).isEqualTo(parsed);
        assertThat(api.call(parsed, "status")).isEqualTo(api.callStatic("SipStatus", "of", line.code()));
        assertThat(api.call(parsed, "resolved")).isEqualTo(api.callStatic("SipStatus", "resolve", line.code()));
    }

    @Property(tries = 1000)
    void ofGivesALineThatParsesBackEqual(@ForAll("lines") Line line) {
        Object made = api.callStatic("SipStatusLine", "of", line.code(), line.phrase());
        assertThat(made).hasToString("SIP/2.0 " + line.code() + " " + line.phrase());
        assertThat(parse(made.toString())).isEqualTo(made);
    }

    @Provide
    Arbitrary<String> nearMisses() {
        // A real line with one character inserted, replaced or removed: the inputs that reach every branch.
        Arbitrary<String> base = lines().map(Line::text);
        Arbitrary<Character> any = Arbitraries.oneOf(Arbitraries.chars().all(),
                Arbitraries.of(' ', '\t', '\r', '\n', '/', '.', '0', '9', '\u0000', '\u007f'));
        return Combinators.combine(base, Arbitraries.integers().between(0, 1000), any, Arbitraries.integers().between(0, 2))
                .as((text, at, c, edit) -> {
                    int i = text.isEmpty() ? 0 : at % (text.length() + (edit == 0 ? 1 : 0));
                    return switch (edit) {
                        case 0 -> text.substring(0, i) + c + text.substring(i);
                        case 1 -> text.isEmpty() ? "" : text.substring(0, i) + c + text.substring(Math.min(text.length(), i + 1));
                        default -> text.isEmpty() ? "" : text.substring(0, i) + text.substring(Math.min(text.length(), i + 1));
                    };
                });
    }

    @Property(tries = 3000)
    void aNearMissEitherParsesAsTheGrammarSaysOrFailsWithAPosition(@ForAll("nearMisses") String text) {
        assertParsesOrFailsWithAPosition(text);
    }

    @Property(tries = 2000)
    void randomTextEitherParsesOrFailsWithAPosition(@ForAll String text) {
        assertParsesOrFailsWithAPosition(text);
    }

    private static void assertParsesOrFailsWithAPosition(String text) {
        Object parsed;
        try {
            parsed = parse(text);
        } catch (IllegalArgumentException e) {
            Matcher index = INDEX.matcher(e.getMessage());
            assertThat(e.getMessage()).startsWith("not a SIP status line: ");
            assertThat(index.find()).as(e.getMessage()).isTrue();
            assertThat(Integer.parseInt(index.group(1))).isBetween(0, text.length());
            assertThat(e.getMessage()).doesNotContain("\n", "\r");
            return;
        }
        // It parsed: then it is a status line by the grammar, and its text is the input minus one line break.
        assertThat(text).matches(Pattern.compile("(?i:SIP)/[0-9]+\\.[0-9]+ [1-6][0-9]{2} [^\\x00-\\x08\\x0a-\\x1f\\x7f]*(\r\n|\n|\r)?",
                Pattern.DOTALL));
        String line = parsed.toString();
        assertThat(List.of(line, line + "\r\n", line + "\n", line + "\r")).contains(text);
        assertThat(api.call(parsed, "status")).isInstanceOf(Optional.class);
    }
}
