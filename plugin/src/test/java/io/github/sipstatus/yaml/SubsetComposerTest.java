package io.github.sipstatus.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.testing.Tables;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The fast composer against SnakeYAML, its reference: on every file it composes, it must compose
 * exactly SnakeYAML's tree (kinds, tags, values, styles, start positions), and it must decline every
 * file SnakeYAML refuses. It must also actually take the tables we ship, or it saves nothing.
 */
class SubsetComposerTest {

    private static final Path IT_ROOT = Path.of("src/it");
    private static final Path BAD_TABLES = Path.of("src/test/resources/bad-tables");

    static Stream<Path> tablesWeShipAndTest() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Tables.DEFAULT_TABLE, Tables.IANA_TABLE));
        try (Stream<Path> its = Files.walk(IT_ROOT)) {
            its.filter(path -> path.toString().endsWith(".yaml") && !path.getFileName().toString().startsWith("bad")
                    && !path.getFileName().toString().startsWith("broken")).sorted().forEach(files::add);
        }
        return files.stream();
    }

    static Stream<Path> everyYamlFile() throws IOException {
        List<Path> files = new ArrayList<>(tablesWeShipAndTest().toList());
        try (Stream<Path> bad = Files.list(BAD_TABLES)) {
            bad.filter(path -> path.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        try (Stream<Path> its = Files.walk(IT_ROOT)) {
            its.filter(path -> path.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        return files.stream().distinct();
    }

    @ParameterizedTest
    @MethodSource("tablesWeShipAndTest")
    void takesTheTablesWeShipAndTest(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(SubsetComposer.compose(text)).as("composed without SnakeYAML").isPresent();
    }

    @ParameterizedTest
    @MethodSource("everyYamlFile")
    void composesWhatSnakeYamlComposesOrDeclines(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return; // a bad table that is not UTF-8: it never reaches a composer
        }
        assertAgreesWithSnakeYaml(text);
    }

    @Test
    void readsEveryScalarStyleAndLayoutOfTheSubset() {
        String text = String.join("\r\n",
                "# a comment",
                "plain: two words, and a comma   # trailing comment",
                "number: 486",
                "octal: 0755",
                "truth: yes",
                "nothing: ~",
                "double: \"esc \\\" \\\\ \\n \\t \\u00e9 end\"",
                "single: 'it''s'",
                "unicode: \"\uD83D\uDCDE caf\u00e9\"",
                "after: \uD83D\uDCDE x",
                "flow: {en: One, nl: \"Twee\", x: [a, b, {c: d}], empty: {}, none: []}",
                "list:",
                "- indentless",
                "- {class: 1}",
                "nested:",
                "    - code: 100",
                "      reason: Trying",
                "",
                "    -   code: 180",
                "        deep:",
                "          key: value",
                "end: true",
                "");
        assertThat(SubsetComposer.compose(text)).isPresent();
        assertAgreesWithSnakeYaml(text);
    }

    @Test
    void declinesWhatIsOutsideTheSubset() {
        List<String> outside = List.of(
                "a: |\n  block\n", "a: >\n  folded\n", "a: multi\n  line\n", "a: \"multi\n  line\"\n",
                "a: &x 1\nb: *x\n", "a: !!str 1\n", "%YAML 1.1\n---\na: 1\n", "---\na: 1\n", "a:\tb\n",
                "a: {b: c,\n  d: e}\n", "? a\n: b\n", "\"a\": b\n", "a:\n", "a: b\r", "a: b\u0085c\n",
                "<<: {a: b}\n", "a: \"\\x41\"\n", "a: \"\\/\"\n",
                // digits SnakeYAML does not take in an escape, its end of a document, its longest key
                "a: \"\\u\uFF10041\"\n", "a: \"\\u\u0661\u0662\u0663\u0664\"\n", "... a: b\n", "a: b\n... c: d\n",
                "k".repeat(1025) + ": v\n", "a: {" + "k".repeat(1025) + ": v}\n", "a: 1" + "0".repeat(1024) + "\n",
                // a root that is no mapping, a pair as a flow item, a key as a value, a spaced colon, nothing
                "- a\n", "a: [b: c]\n", "a: b: c\n", "a : b\n", "");
        for (String text : outside) {
            assertThat(SubsetComposer.compose(text)).as(text).isEmpty();
        }
    }

    /** Lines of the shipped tables deleted, doubled, re-indented or retyped with YAML's special characters. */
    @Property(tries = 3000)
    void mutatedTablesComposeAsSnakeYamlDoesOrAreDeclined(@ForAll("mutatedTables") String text) {
        Statistics.collect(assertAgreesWithSnakeYaml(text));
    }

    @Provide
    Arbitrary<String> mutatedTables() {
        List<String> lines = List.of(new String(Tables.defaultTableBytes(), StandardCharsets.UTF_8).split("\n", -1));
        Arbitrary<Integer> index = Arbitraries.integers().between(0, lines.size() - 1);
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of(" ", "  ", "-", "- ", ":", ": ", "#", " #", "'", "''", "\"", "\\", "\\\"", "{", "}", "[",
                        "]", ",", ", ", "?", "&", "*", "!", "|", ">", "%", "@", "`", "~", "yes", "0x1F", "1_000", "4:20",
                        "é", "\uD83D\uDCDE", "\r\n", "\n", "\n  ", "<<"),
                Arbitraries.strings().withChars(" -:#'\"\\{}[],?&*!|>%@~abc019é").ofMinLength(1).ofMaxLength(6));
        return Combinators.combine(index, Arbitraries.integers().between(0, 200), fragment, Arbitraries.integers().between(0, 3))
                .as((line, column, insert, kind) -> {
                    List<String> changed = new ArrayList<>(lines);
                    String original = changed.get(line);
                    int at = Math.min(column, original.length());
                    switch (kind) {
                        case 0 -> changed.set(line, original.substring(0, at) + insert + original.substring(at));
                        case 1 -> changed.set(line, original.substring(0, at) + insert
                                + original.substring(Math.min(original.length(), at + insert.length())));
                        case 2 -> changed.remove(line);
                        default -> changed.add(line, insert + original);
                    }
                    return String.join("\n", changed);
                });
    }

    /** Documents built from the subset's own pieces, at random: most are taken, and all must agree. */
    @Property(tries = 2000)
    void generatedDocumentsComposeAsSnakeYamlDoesOrAreDeclined(@ForAll("generatedDocuments") String text) {
        Statistics.collect(assertAgreesWithSnakeYaml(text));
    }

    @Provide
    Arbitrary<String> generatedDocuments() {
        Arbitrary<String> key = Arbitraries.of("code", "reason", "en", "nl", "zh-Hant", "class", "1", "true", "a b", "k_1");
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.of("486", "Busy Here", "yes", "no", "~", "null", "0x1A", "1.5", "2001-12-14", "-1", "+1", "=",
                        "a,b", "x#y", "é", "\uD83D\uDCDE", "0755", "1_0", "NULL", "Off", ".inf", "a: b", "a:b"),
                Arbitraries.strings().withChars("abc \"'\\é,:#-{}[]").ofMaxLength(8).map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""),
                Arbitraries.strings().withChars("abc \"'é,:#-{}[]").ofMaxLength(8).map(s -> "'" + s.replace("'", "''") + "'"));
        Arbitrary<String> flow = Combinators.combine(key.list().ofMaxSize(4), scalar.list().ofSize(4), Arbitraries.of(true, false))
                .as((keys, values, mapping) -> {
                    StringBuilder out = new StringBuilder(mapping ? "{" : "[");
                    for (int i = 0; i < keys.size(); i++) {
                        out.append(i == 0 ? "" : ", ").append(mapping ? keys.get(i) + ": " : "").append(values.get(i));
                    }
                    return out.append(mapping ? "}" : "]").toString();
                });
        Arbitrary<String> value = Arbitraries.oneOf(scalar, flow);
        Arbitrary<String> entry = Combinators.combine(key, value, Arbitraries.of("", "  # note"))
                .as((k, v, comment) -> k + ": " + v + comment);
        Arbitrary<String> item = Combinators.combine(entry.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(2, 4), Arbitraries.of(0, 2))
                .as((entries, indent, extra) -> {
                    String pad = " ".repeat(indent);
                    StringBuilder out = new StringBuilder(pad).append("-").append(" ".repeat(1 + extra)).append(entries.get(0)).append('\n');
                    for (int i = 1; i < entries.size(); i++) {
                        out.append(" ".repeat(indent + 2 + extra)).append(entries.get(i)).append('\n');
                    }
                    return out.toString();
                });
        Arbitrary<String> section = Arbitraries.oneOf(
                entry.map(e -> e + "\n"),
                Combinators.combine(key, item.list().ofMinSize(1).ofMaxSize(3)).as((k, items) -> k + ":\n" + String.join("", items)),
                Combinators.combine(key, entry.list().ofMinSize(1).ofMaxSize(3)).as((k, entries) -> k + ":\n  " + String.join("\n  ", entries) + "\n"));
        return section.list().ofMinSize(1).ofMaxSize(5).map(sections -> String.join("", sections));
    }

    /** The outcome, for the statistics: whether SnakeYAML took the text, and whether the fast composer did. */
    private static String assertAgreesWithSnakeYaml(String text) {
        Optional<Node> fast = SubsetComposer.compose(text);
        Optional<Node> reference;
        try {
            reference = Optional.of(YamlDocumentParser.composeWithSnakeYaml("t.yaml", text));
        } catch (InvalidInputException e) {
            reference = Optional.empty();
        }
        if (fast.isPresent()) {
            assertThat(reference).as("SnakeYAML refuses what the fast composer took:%n%s", text).isPresent();
            assertThat(describe(fast.get())).as(text).isEqualTo(describe(reference.get()));
        }
        return (reference.isPresent() ? "valid YAML, " : "invalid YAML, ") + (fast.isPresent() ? "composed" : "declined");
    }

    /** A node tree as text: one line per node with its kind, tag, style, position and value. */
    private static String describe(Node root) {
        StringBuilder out = new StringBuilder();
        describe(root, "", out);
        return out.toString();
    }

    private static void describe(Node node, String indent, StringBuilder out) {
        out.append(indent).append(node.getNodeId()).append(' ').append(node.getTag().getValue())
                .append(" @").append(node.getStartMark().getLine()).append(':').append(node.getStartMark().getColumn())
                .append('#').append(node.getStartMark().getIndex());
        if (node instanceof ScalarNode scalar) {
            out.append(' ').append(scalar.getScalarStyle()).append(" [").append(scalar.getValue()).append("]\n");
        } else if (node instanceof MappingNode mapping) {
            out.append(' ').append(mapping.getFlowStyle()).append('\n');
            for (NodeTuple tuple : mapping.getValue()) {
                describe(tuple.getKeyNode(), indent + "  ", out);
                describe(tuple.getValueNode(), indent + "    ", out);
            }
        } else if (node instanceof SequenceNode sequence) {
            out.append(' ').append(sequence.getFlowStyle()).append('\n');
            for (Node item : sequence.getValue()) {
                describe(item, indent + "  ", out);
            }
        }
    }
}
