package io.github.sipstatus.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sipstatus.bundle.BundleFiles;
import io.github.sipstatus.testing.CompiledApi;
import io.github.sipstatus.testing.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
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
 * {@code SipReason.parseHeader} against its grammar: a header written from known parts, with any
 * whitespace, folding, escaping and case the grammar allows, parses back to those parts, and its
 * canonical form parses back to the same value; anything else, random or a near miss of a real
 * header, fails with an {@code IllegalArgumentException} whose index lies in the input, never with
 * another exception.
 */
class SipReasonPropertyTest {

    private static final String PACKAGE = "com.example.sip";
    private static final Pattern INDEX = Pattern.compile(" at index (\\d+) of \"");
    private static final String TOKEN_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.!%*_+`'~";

    private static Path dir;
    private static CompiledApi api;

    @BeforeContainer
    static void compile() throws IOException {
        dir = Files.createTempDirectory("sip-reason");
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

    private static List<Object> parseHeader(String header) {
        @SuppressWarnings("unchecked")
        List<Object> reasons = (List<Object>) api.callStatic("SipReason", "parseHeader", header);
        return reasons;
    }

    enum Kind { FLAG, TOKEN, QUOTED, IPV6, CAUSE }

    /** A parameter as meant: its name in the case it is written in, and its unescaped value. */
    record Param(String name, Kind kind, String value) {
        String canonical() {
            String lower = name.toLowerCase(Locale.ROOT);
            return switch (kind) {
                case FLAG -> lower;
                case CAUSE -> lower + "=" + Integer.parseInt(value);
                case QUOTED -> lower + "=" + quoted(value);
                default -> lower + "=" + value;
            };
        }
    }

    /** One reason-value as meant. */
    record Reason(String protocol, List<Param> params) {
        String canonical() {
            StringBuilder form = new StringBuilder(protocol.equalsIgnoreCase("SIP") ? "SIP"
                    : protocol.equalsIgnoreCase("Q.850") ? "Q.850" : protocol);
            params.forEach(p -> form.append(';').append(p.canonical()));
            return form.toString();
        }

        Optional<Param> param(String name) {
            return params.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
        }
    }

    /** A header as meant, and the seed of the choices made in writing it. */
    record Header(List<Reason> reasons, long seed) {}

    /** The canonical quoted-string of a value: what the grammar needs escaped, and nothing else. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\' || c < ' ' && c != '\t' || c == 0x7f) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    static Arbitrary<String> tokens() {
        return Arbitraries.strings().withChars(TOKEN_CHARS).ofMinLength(1).ofMaxLength(8);
    }

    static Arbitrary<String> texts() {
        // Anything a quoted-pair or qdtext can carry: quotes, backslashes, tabs, controls (escaped), non-ASCII.
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').withChars('\t', '\u00e9', '\u4e2d', '\ud83d', '\ude00').ofMaxLength(20),
                Arbitraries.strings().withChars("\"\\ \t\u0000\u0001\u000b\u001f\u007fa").ofMaxLength(8),
                Arbitraries.strings().all().ofMaxLength(10).filter(s -> s.indexOf('\r') < 0 && s.indexOf('\n') < 0));
    }

    static Arbitrary<String> ipv6() {
        return Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofMinLength(1).ofMaxLength(4).list().ofMinSize(2).ofMaxSize(8)
                .map(groups -> "[" + String.join(":", groups) + (groups.size() < 8 ? "::" : "") + "]");
    }

    static Arbitrary<Param> extensions() {
        Arbitrary<String> names = tokens().filter(n -> !n.equalsIgnoreCase("cause") && !n.equalsIgnoreCase("text"));
        return Arbitraries.oneOf(
                names.map(n -> new Param(n, Kind.FLAG, null)),
                Combinators.combine(names, tokens()).as((n, v) -> new Param(n, Kind.TOKEN, v)),
                Combinators.combine(names, texts()).as((n, v) -> new Param(n, Kind.QUOTED, v)),
                Combinators.combine(names, ipv6()).as((n, v) -> new Param(n, Kind.IPV6, v)),
                Combinators.combine(Arbitraries.of("location", "Location"), Arbitraries.of("U", "LPN", "LN", "TN", "RLN", "RPN", "BI"))
                        .as((n, v) -> new Param(n, Kind.TOKEN, v)));
    }

    @Provide
    Arbitrary<Reason> reasons() {
        Arbitrary<String> protocol = Arbitraries.oneOf(Arbitraries.of("SIP", "sip", "Q.850", "q.850", "preemption", "EMM"), tokens());
        Arbitrary<Optional<Param>> cause = Arbitraries.oneOf(
                Arbitraries.integers().between(0, Integer.MAX_VALUE).map(c -> Integer.toString(c)),
                Arbitraries.integers().between(100, 699).map(c -> Integer.toString(c)),
                Arbitraries.integers().between(0, 999).map(c -> "00" + c))
                .flatMap(digits -> Arbitraries.of("cause", "CAUSE", "Cause").map(name -> new Param(name, Kind.CAUSE, digits)))
                .optional(0.8);
        Arbitrary<Optional<Param>> text = Combinators.combine(Arbitraries.of("text", "TEXT"), texts())
                .as((n, v) -> new Param(n, Kind.QUOTED, v)).optional(0.7);
        Arbitrary<List<Param>> others = extensions().list().ofMaxSize(3).uniqueElements(p -> p.name().toLowerCase(Locale.ROOT));
        return Combinators.combine(protocol, cause, text, others, Arbitraries.longs()).as((proto, c, t, more, order) -> {
            List<Param> params = new ArrayList<>(more);
            Random random = new Random(order);
            c.ifPresent(p -> params.add(random.nextInt(params.size() + 1), p));
            t.ifPresent(p -> params.add(random.nextInt(params.size() + 1), p));
            return new Reason(proto, params);
        });
    }

    @Provide
    Arbitrary<Header> headers() {
        return Combinators.combine(reasons().list().ofMinSize(1).ofMaxSize(3), Arbitraries.longs()).as(Header::new);
    }

    /** Whitespace the grammar allows where it says SWS: nothing, spaces and tabs, or a folded line. */
    static String sws(Random random) {
        return switch (random.nextInt(7)) {
            case 0, 1, 2 -> "";
            case 3 -> " ";
            case 4 -> "\t ";
            case 5 -> "\r\n ";
            default -> "  \r\n\t";
        };
    }

    /** A quoted-string of {@code value}: what must be escaped is, anything else ASCII may be, a space may fold. */
    static String writeQuoted(String value, Random random) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            boolean must = c == '"' || c == '\\' || c < ' ' && c != '\t' || c == 0x7f;
            if (must || c < 0x80 && random.nextInt(8) == 0) {
                out.append('\\');
            } else if ((c == ' ' || c == '\t') && random.nextInt(4) == 0) {
                out.append("\r\n");
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    static String write(Header header) {
        Random random = new Random(header.seed());
        StringBuilder out = new StringBuilder(switch (random.nextInt(5)) {
            case 0 -> "";
            case 1 -> sws(random);
            case 2 -> "Reason:" + sws(random);
            case 3 -> "reason \t:" + sws(random);
            default -> "REASON:\r\n ";
        });
        for (int r = 0; r < header.reasons().size(); r++) {
            if (r > 0) {
                out.append(sws(random)).append(',').append(sws(random));
            }
            Reason reason = header.reasons().get(r);
            out.append(reason.protocol());
            for (Param param : reason.params()) {
                out.append(sws(random)).append(';').append(sws(random)).append(param.name());
                if (param.kind() != Kind.FLAG) {
                    out.append(sws(random)).append('=').append(sws(random));
                    out.append(param.kind() == Kind.QUOTED ? writeQuoted(param.value(), random) : param.value());
                }
            }
        }
        return out.append(switch (random.nextInt(3)) {
            case 0 -> "";
            case 1 -> "\r\n";
            default -> "\n";
        }).toString();
    }

    @Property(tries = 3000)
    void aWrittenHeaderParsesToItsPartsAndItsCanonicalFormParsesBackEqual(@ForAll("headers") Header header) {
        String text = write(header);
        List<Object> parsed = parseHeader(text);
        assertThat(parsed).as(text).hasSize(header.reasons().size());
        for (int i = 0; i < parsed.size(); i++) {
            Object reason = parsed.get(i);
            Reason meant = header.reasons().get(i);
            assertThat(reason).as(text).hasToString(meant.canonical());
            assertThat(api.call(reason, "protocol")).isEqualTo(meant.protocol());
            assertThat(api.call(reason, "isSip")).isEqualTo(meant.protocol().equalsIgnoreCase("SIP"));
            assertThat(api.call(reason, "isQ850")).isEqualTo(meant.protocol().equalsIgnoreCase("Q.850"));
            assertThat(api.call(reason, "cause")).isEqualTo(meant.param("cause")
                    .map(p -> OptionalInt.of(Integer.parseInt(p.value()))).orElse(OptionalInt.empty()));
            assertThat(api.call(reason, "text")).isEqualTo(meant.param("text").map(Param::value));
            assertThat(api.call(reason, "location")).isEqualTo(meant.param("location").map(Param::value));
            for (Param param : meant.params()) {
                assertThat(api.call(reason, "parameter", param.name().toUpperCase(Locale.ROOT)))
                        .isEqualTo(Optional.of(param.kind() == Kind.FLAG ? ""
                                : param.kind() == Kind.CAUSE ? Integer.toString(Integer.parseInt(param.value())) : param.value()));
            }
            assertThat(api.call(reason, "parameterNames"))
                    .isEqualTo(meant.params().stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
            assertThat(parseHeader(reason.toString())).containsExactly(reason);
        }
        String value = (String) api.callStatic("SipReason", "headerValue", parsed);
        assertThat(parseHeader(value)).isEqualTo(parsed);
    }

    @Property(tries = 1000)
    void theFactoriesMakeReasonsThatParseBackEqual(@ForAll("factoryTexts") String text,
            @ForAll("codes") int code, @ForAll("q850Causes") int cause) {
        Object sip = api.callStatic("SipReason", "sip", code, text);
        assertThat(sip).hasToString("SIP;cause=" + code + ";text=" + quoted(text));
        assertThat(api.call(sip, "text")).isEqualTo(Optional.of(text));
        assertThat(api.call(sip, "sipStatus")).isEqualTo(Optional.of(api.callStatic("SipStatus", "resolve", code)));
        assertThat(parseHeader(sip.toString())).containsExactly(sip);
        Object q850 = api.callStatic("SipReason", "q850", cause, text);
        assertThat(q850).hasToString("Q.850;cause=" + cause + ";text=" + quoted(text));
        assertThat(parseHeader("Reason: " + q850)).containsExactly(q850);
    }

    @Provide
    Arbitrary<String> factoryTexts() {
        return texts().filter(s -> s.chars().noneMatch(c -> c < ' ' && c != '\t' || c == 0x7f));
    }

    @Provide
    Arbitrary<Integer> codes() {
        return Arbitraries.integers().between(100, 699);
    }

    @Provide
    Arbitrary<Integer> q850Causes() {
        return Arbitraries.integers().between(0, 127);
    }

    @Provide
    Arbitrary<String> nearMisses() {
        // A real header with one character inserted, replaced or removed: the inputs that reach every branch.
        Arbitrary<String> base = headers().map(SipReasonPropertyTest::write);
        Arbitrary<Character> any = Arbitraries.oneOf(Arbitraries.chars().all(),
                Arbitraries.of(' ', '\t', '\r', '\n', ';', ',', '=', '"', '\\', '[', ']', ':', '@', '0', '\u0000', '\u007f'));
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
    void aNearMissEitherParsesOrFailsWithAPosition(@ForAll("nearMisses") String text) {
        assertParsesOrFailsWithAPosition(text);
    }

    @Property(tries = 2000)
    void randomTextEitherParsesOrFailsWithAPosition(@ForAll String text) {
        assertParsesOrFailsWithAPosition(text);
    }

    @Property(tries = 2000)
    void randomTextOfTheGrammarsCharactersEitherParsesOrFailsWithAPosition(
            @ForAll("grammarSoup") String text) {
        assertParsesOrFailsWithAPosition(text);
    }

    @Provide
    Arbitrary<String> grammarSoup() {
        return Arbitraries.strings().withChars("SIPQ.850cause=text\"\\;, \t\r\n[]:1").ofMaxLength(30);
    }

    private static void assertParsesOrFailsWithAPosition(String text) {
        List<Object> parsed;
        try {
            parsed = parseHeader(text);
        } catch (IllegalArgumentException e) {
            Matcher index = INDEX.matcher(e.getMessage());
            assertThat(e.getMessage()).startsWith("not a SIP Reason header: ");
            assertThat(index.find()).as(e.getMessage()).isTrue();
            assertThat(Integer.parseInt(index.group(1))).isBetween(0, text.length());
            assertThat(e.getMessage()).doesNotContain("\n", "\r");
            return;
        }
        // It parsed: then every value is in canonical form what it parses back from.
        assertThat(parsed).isNotEmpty();
        for (Object reason : parsed) {
            assertThat(parseHeader(reason.toString())).containsExactly(reason);
        }
        assertThat(parseHeader((String) api.callStatic("SipReason", "headerValue", parsed))).isEqualTo(parsed);
    }
}
