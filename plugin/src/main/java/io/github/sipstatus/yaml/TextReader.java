package io.github.sipstatus.yaml;

import io.github.sipstatus.diagnostics.DiagnosticCollector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the human texts of a table: locale lists, single-line texts and per-locale text maps. */
final class TextReader {

    private final NodeReader reader;
    private final Map<String, Locale> parsed = new HashMap<>();
    /** Each parsed locale's tag as messages name it; the same few, asked for in every text map. */
    private final Map<Locale, String> tags = new HashMap<>();

    TextReader(NodeReader reader) {
        this.reader = reader;
    }

    /**
     * The {@code locales} list: well-formed BCP 47 tags, none twice. A table that extends another lists
     * only the locales it adds, maybe none, and they follow the inherited ones.
     *
     * @param inherited   the locales of the table extended, or empty
     * @param inheritedAt where they are, as messages name it: {@code built-in iana table, line 12}
     * @return every locale of the table, or empty when the list has problems
     */
    List<Locale> readLocales(Node node, List<Locale> inherited, String inheritedAt) {
        Optional<SequenceNode> sequence = reader.sequence(node, "", "'locales'");
        if (sequence.isEmpty()) {
            return List.of();
        }
        if (sequence.get().getValue().isEmpty() && inherited.isEmpty()) {
            reader.error(sequence.get(), "'locales' is empty; list at least the table's default locale, such as [en]");
            return List.of();
        }
        List<Locale> locales = new ArrayList<>(inherited);
        Map<Locale, Node> seen = new HashMap<>();
        boolean valid = true;
        for (Node item : sequence.get().getValue()) {
            Optional<Locale> locale = locale(item, "", "locale");
            if (locale.isEmpty()) {
                valid = false;
                continue;
            }
            if (inherited.contains(locale.get())) {
                reader.error(item, "locale '" + locale.get().toLanguageTag() + "' is inherited already (" + inheritedAt
                        + "); list only the locales this table adds");
                valid = false;
                continue;
            }
            Node first = seen.putIfAbsent(locale.get(), item);
            if (first != null) {
                reader.error(item, "locale '" + locale.get().toLanguageTag() + "' is listed twice (first at line "
                        + reader.line(first) + ")");
                valid = false;
                continue;
            }
            locales.add(locale.get());
        }
        return valid ? List.copyOf(locales) : List.of();
    }

    /** A text that must fit on one line: a reason phrase goes into a SIP status line. */
    Optional<String> singleLine(Node node, String context, String what) {
        return checkedText(node, context, what, false);
    }

    /** A text that may span lines, such as a hint. */
    Optional<String> multiLine(Node node, String context, String what) {
        return checkedText(node, context, what, true);
    }

    private Optional<String> checkedText(Node node, String context, String what, boolean lineBreaksAllowed) {
        Optional<String> text = reader.string(node, context, what);
        if (text.isEmpty()) {
            return text;
        }
        Optional<String> problem = problem(text.get(), lineBreaksAllowed);
        if (problem.isPresent()) {
            reader.error(node, context + what + " " + problem.get());
            return Optional.empty();
        }
        return text;
    }

    /**
     * A map from locale to text, such as {@code {en: Busy here, nl: In gesprek}}, in file order. Which
     * locales must be there is decided once overlays are merged ({@code TableAssembler}); here a text in
     * a locale that {@code locales} does not declare is a translation problem, reported to
     * {@code translations} (an error or a warning, as the user chose) and left out.
     *
     * @return the texts, or empty when the map itself is malformed
     */
    Optional<Map<Locale, String>> localized(Node node, String context, String what, List<Locale> declared,
            boolean singleLine, DiagnosticCollector translations) {
        Optional<MappingNode> mapping = reader.mapping(node, context, what);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        Map<Locale, String> texts = new LinkedHashMap<>();
        Map<Locale, Node> keys = new HashMap<>();
        boolean valid = true;
        for (NodeTuple tuple : mapping.get().getValue()) {
            Optional<Locale> locale = locale(tuple.getKeyNode(), context, what + " locale");
            if (locale.isEmpty()) {
                valid = false;
                continue;
            }
            String tag = tags.get(locale.get());
            Node first = keys.putIfAbsent(locale.get(), tuple.getKeyNode());
            if (first != null) {
                reader.error(tuple.getKeyNode(), context + tag + " " + what + " is given twice (first at line "
                        + reader.line(first) + ")");
                valid = false;
                continue;
            }
            Optional<String> text = checkedText(tuple.getValueNode(), context, tag + " " + what, !singleLine);
            if (text.isEmpty()) {
                valid = false;
                continue;
            }
            if (!declared.isEmpty() && !declared.contains(locale.get())) {
                translations.add(reader.position(tuple.getKeyNode())
                        .diagnostic(context + what + " in '" + tag + "', which 'locales' does not declare"));
                continue;
            }
            texts.put(locale.get(), text.get());
        }
        return valid ? Optional.of(texts) : Optional.empty();
    }

    /** One BCP 47 tag: a key of a text map, an entry of {@code locales}, an overlay's {@code locale}. */
    Optional<Locale> locale(Node node, String context, String what) {
        Optional<String> text = reader.string(node, context, what);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String tag = text.get();
        try {
            // Every text map repeats the same few tags: parse each once.
            Locale locale = parsed.get(tag);
            if (locale == null) {
                locale = new Locale.Builder().setLanguageTag(tag).build();
                parsed.put(tag, locale);
                tags.put(locale, locale.toLanguageTag());
            }
            if (locale.hasExtensions()) {
                reader.error(node, context + what + " '" + tag + "' has extensions (-u-, -t-, -x-); a table locale is"
                        + " language, script, region and variant only, as resource bundles name them");
                return Optional.empty();
            }
            if (locale.getLanguage().isEmpty()) {
                reader.error(node, context + what + " '" + tag + "' names no language");
                return Optional.empty();
            }
            return Optional.of(locale);
        } catch (IllformedLocaleException e) {
            reader.error(node, context + what + " '" + tag + "' is not a BCP 47 language tag such as en, nl or pt-BR");
            return Optional.empty();
        }
    }

    /** What is wrong with a text, phrased to follow its name, or empty when nothing is. */
    static Optional<String> problem(String text, boolean lineBreaksAllowed) {
        if (text.isBlank()) {
            return Optional.of("is empty");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
            if (lineBreak && lineBreaksAllowed) {
                continue;
            }
            if (lineBreak) {
                return Optional.of("contains a line break; it must fit on one line");
            }
            if (Character.isISOControl(c) && c != '\t') {
                return Optional.of(String.format(Locale.ROOT, "contains the control character U+%04X", (int) c));
            }
        }
        return Optional.empty();
    }
}
