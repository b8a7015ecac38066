package io.github.sipstatus.yaml;

import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.inspector.TagInspector;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/** Turns the bytes of one YAML file into a node tree with positions, or into positioned problems. */
final class YamlDocumentParser {

    /** A table of every SIP code in twenty languages is well under this; anything larger is a mistake. */
    static final int MAX_BYTES = 1024 * 1024;

    /** The schema nests four levels (root, codes, code, text map); a little room, far from abuse. */
    private static final int MAX_NESTING = 16;

    /** Unreachable while BoundedEvents refuses the first alias; kept in case that ever changes. */
    private static final int BACKSTOP_ALIASES = 50;

    private YamlDocumentParser() {}

    static Node parse(String file, byte[] bytes) throws InvalidInputException {
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(Diagnostic.atStart(file,
                    "the file has " + bytes.length + " bytes; a table may have at most " + MAX_BYTES + " (1 MiB)"));
        }
        String text = decodeUtf8(file, bytes);
        LoaderOptions options = new LoaderOptions();
        // Both limits are enforced with positions by BoundedEvents first; SnakeYAML's own, which
        // report no position, stay as a backstop a little further out.
        options.setMaxAliasesForCollections(BACKSTOP_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING + 2);
        options.setTagInspector(new AnyTag());
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_BYTES);
        Node root;
        try {
            // The composer alone: the Yaml facade would also build a constructor and representers it never uses.
            BoundedEvents events = new BoundedEvents(new ParserImpl(new StreamReader(text), options), MAX_NESTING);
            root = new Composer(events, new Resolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            throw new InvalidInputException(at(file, e));
        } catch (YAMLException e) {
            throw new InvalidInputException(Diagnostic.atStart(file, "not valid YAML: " + e.getMessage()));
        }
        if (root == null) {
            throw new InvalidInputException(Diagnostic.atStart(file, "the file is empty"));
        }
        return root;
    }

    /** Composing creates no objects, so every tag may pass; {@link NodeReader} refuses them at their position. */
    private static final class AnyTag implements TagInspector {
        @Override
        public boolean isGlobalTagAllowed(Tag tag) {
            return true;
        }
    }

    private static Diagnostic at(String file, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
        problem = problem == null ? "not valid YAML" : problem.strip();
        Mark context = e.getContextMark();
        if (e.getContext() != null && context != null && mark != null && context.getLine() != mark.getLine()) {
            problem += " (" + e.getContext().strip() + " at line " + (context.getLine() + 1) + ", column "
                    + (context.getColumn() + 1) + ")";
        }
        if (problem.contains("\\t(TAB)") || problem.contains("found character '\\t'")) {
            problem = "a tab character; YAML indents with spaces only";
        }
        if (mark == null) {
            return Diagnostic.atStart(file, problem);
        }
        return new Diagnostic(file, mark.getLine() + 1, mark.getColumn() + 1, problem);
    }

    /** Strict UTF-8, so a file saved in another encoding is named as such instead of read as garbage. */
    private static String decodeUtf8(String file, byte[] bytes) throws InvalidInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            // A byte order mark is not a column an editor shows.
            int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF && bad >= 3 ? 3 : 0;
            String before = new String(bytes, start, bad - start, StandardCharsets.UTF_8);
            int line = 1;
            for (int i = 0; i < before.length(); i++) {
                line += before.charAt(i) == '\n' ? 1 : 0;
            }
            String lastLine = before.substring(before.lastIndexOf('\n') + 1);
            int column = 1 + lastLine.codePointCount(0, lastLine.length());
            throw new InvalidInputException(new Diagnostic(file, line, column, String.format(Locale.ROOT,
                    "byte 0x%02X is not UTF-8; save the file as UTF-8", bytes[bad] & 0xFF)));
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }
}
