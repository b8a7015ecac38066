package io.github.sipstatus.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.sipstatus.bundle.BundleFiles;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.testing.CompiledApi;
import io.github.sipstatus.testing.Tables;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of README.md and example-project/README.md compiles against the API
 * generated into {@code com.example.sip}, the package the README names, from README.md's own table in
 * "Your own columns" (the built-in table plus attributes, which a test holds it to), so a reader who
 * copies a block gets code that compiles. Fences indented inside list items count too.
 *
 * <p>The fragment convention (also stated, for editors, in an HTML comment in README.md):
 * <ul>
 * <li>A block whose first code lines are {@code import}s lists everything it needs: it is compiled with
 *     those imports and no others. A block without imports is a snippet and gets
 *     {@code import com.example.sip.*;} and {@code import java.util.*;}.
 * <li>A block whose code (after its imports) starts with a type declaration, annotations allowed, is
 *     compiled as a source file of its own. Any other block is statements: they become the body of
 *     {@code void run() throws Exception} in {@code class Fragment}, so checked exceptions need no
 *     handling, but every variable and method a block uses must be declared in the block. There are no
 *     stubs: a block that needs a value from elsewhere declares one ({@code int code = 503;}).
 * <li>Each block is compiled on its own with {@code --release 17 -Xlint:all -Werror} (Spring 7, which the
 *     README's Spring block uses, needs 17; the test class path has spring-context), so a deprecated call
 *     fails too. Errors are reported at the README's own lines.
 * </ul>
 */
class ReadmeJavaBlocksTest {

    private static final Path README = Path.of("../README.md");
    private static final Path EXAMPLE_README = Path.of("../example-project/README.md");
    /** The IT that runs the README's Spring configuration, verbatim, in a real application context. */
    private static final Path SPRING_IT_CONFIGURATION = Path.of(
            "src/it/spring-message-source-reads-bundles/src/test/java/com/example/app/SipMessagesConfiguration.java");

    private static final Pattern OPENING_FENCE = Pattern.compile("^( *)(`{3,}|~{3,})[ \\t]*([^\\s`]*).*$");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?[\\w.]+(\\.\\*)?\\s*;.*$");
    private static final Pattern LEADING_ANNOTATION = Pattern.compile("^\\s*@(?!interface\\b)[\\w.]+(\\([^)]*\\))?\\s*");
    private static final Pattern TYPE_DECLARATION = Pattern.compile(
            "^\\s*(?:(?:public|abstract|final|sealed|non-sealed|strictfp)\\s+)*(?:class|interface|enum|record|@interface)\\s+(\\w+).*$");

    @TempDir
    static Path dir;

    private static CompiledApi api;

    /** The comment that marks README.md's table for this test: the yaml block after it is the API's table. */
    private static final String TABLE_MARKER = "<!-- ReadmeJavaBlocksTest compiles the java blocks";

    @BeforeAll
    static void generateTheApiTheReadmeDescribes() throws IOException {
        StatusTable table = readmeTable();
        GeneratedTypes types = new GeneratedTypes("com.example.sip");
        api = CompiledApi.compile(dir.resolve("api"), "com.example.sip",
                JavaSources.generate(table, types, "sip-status-codes.yaml"),
                BundleFiles.generate(table, types, "sip-status-codes.yaml"));
    }

    /** The table of "Your own columns": the yaml block after the marker, loaded as the plugin loads a table. */
    static StatusTable readmeTable() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int marker = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(TABLE_MARKER)) {
                assertThat(marker).as("one table marker in README.md").isEqualTo(-1);
                marker = i;
            }
        }
        assertThat(marker).as("README.md marks its table with " + TABLE_MARKER).isNotNegative();
        int fence = marker + 1;
        while (!lines.get(fence).startsWith("```")) {
            fence++;
        }
        assertThat(lines.get(fence)).isEqualTo("```yaml");
        StringBuilder yaml = new StringBuilder();
        for (int i = fence + 1; !lines.get(i).equals("```"); i++) {
            yaml.append(lines.get(i)).append('\n');
        }
        return Tables.load(yaml.toString());
    }

    /** The README's table is the built-in one plus attributes, so every other block shows the built-in API. */
    @Test
    void theReadmesTableIsTheBuiltInOnePlusItsAttributes() throws IOException {
        StatusTable table = readmeTable();
        StatusTable builtIn = Tables.defaultTable();
        assertThat(table.attributes()).extracting(a -> a.name()).containsExactly("retryable", "outcome", "alarmLevel");
        assertThat(new StatusTable(table.name(), table.provenance(), table.locales(), table.categories(),
                table.codes().stream().map(c -> new io.github.sipstatus.model.StatusCode(c.code(), c.reasonPhrase(),
                        c.constantName(), c.rfc(), c.deprecation(), c.message(), c.hint())).toList(), table.q850()))
                .isEqualTo(builtIn);
    }

    /** The README lists the names an attribute cannot take: exactly those the plugin refuses. */
    @Test
    void theReadmeListsTheReservedAttributeNames() throws IOException {
        String readme = Files.readString(README).replaceAll("\\s+", " ");
        assertThat(names(readme, "- reserved names: ")).containsExactlyElementsOf(
                io.github.sipstatus.model.AttributeNames.reservedMembers());
        assertThat(names(readme, "- reserved nested enum names: ")).containsExactlyInAnyOrderElementsOf(
                io.github.sipstatus.model.AttributeNames.reservedTypes());
    }

    private static List<String> names(String readme, String label) {
        int start = readme.indexOf(label);
        assertThat(start).as("README.md has '%s'", label).isNotNegative();
        // The list ends at its ';' or at the remark in parentheses after it, whichever comes first.
        int from = start + label.length();
        int end = readme.length();
        for (String terminator : List.of(";", " (")) {
            int at = readme.indexOf(terminator, from);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String list = readme.substring(from, end);
        List<String> names = new ArrayList<>();
        Matcher name = Pattern.compile("`(\\w+)`").matcher(list);
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    @AfterAll
    static void close() throws IOException {
        api.close();
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockOfTheReadmesCompiles() throws IOException {
        List<CodeBlock> blocks = new ArrayList<>(javaBlocks("README.md", Files.readString(README)));
        blocks.addAll(javaBlocks("example-project/README.md", Files.readString(EXAMPLE_README)));
        return blocks.stream().map(block -> DynamicTest.dynamicTest(block.file() + ":" + block.fenceLine(), () -> {
            List<String> problems = compile(block);
            if (!problems.isEmpty()) {
                fail("the java block at " + block.file() + ":" + block.fenceLine() + " does not compile:\n"
                        + String.join("\n", problems));
            }
        }));
    }

    @Test
    void theReadmeShowsTheApiTourTheBundleAndTheSpringBlocks() throws IOException {
        List<CodeBlock> blocks = javaBlocks("README.md", Files.readString(README));
        List<CodeBlock> tour = blocks.stream().filter(b -> b.section().equals("The generated API")).toList();
        assertThat(tour).as("java blocks under '## The generated API'").hasSizeGreaterThanOrEqualTo(3);
        assertThat(tour).anyMatch(b -> b.code().contains("SipStatus.valueOf(486)"));
        assertThat(tour).anyMatch(b -> b.code().contains("ResourceBundle.getBundle("));
        assertThat(tour).anyMatch(b -> b.code().contains("@Bean"));
        // The example README has no Java block today; what it has is parsed, so one added later is compiled.
        assertThat(fencedBlocks("example-project/README.md", Files.readString(EXAMPLE_README))).isNotEmpty();
    }

    @Test
    void theSpringItRunsTheReadmesSpringBlockVerbatim() throws IOException {
        List<CodeBlock> spring = javaBlocks("README.md", Files.readString(README)).stream()
                .filter(b -> b.code().contains("@Bean")).toList();
        assertThat(spring).hasSize(1);
        String configuration = Files.readString(SPRING_IT_CONFIGURATION);
        String withoutPackage = configuration.replaceFirst("^package [\\w.]+;\n\n", "");
        assertThat(withoutPackage).as("%s is README.md's Spring block after a package line", SPRING_IT_CONFIGURATION)
                .isNotEqualTo(configuration)
                .isEqualTo(spring.get(0).code());
    }

    @Test
    void aBrokenBlockFailsAtItsOwnLineWithJavacsMessage() throws IOException {
        String markdown = """
                # Broken

                - A list item with a snippet:

                  ```java
                  int code = 486;
                  String text = undeclared.message(code);
                  ```

                ```java
                import com.example.sip.SipStatus;

                class Config {
                    SipStatus status() { return SipStatus.BUSY_HERE }
                }
                ```
                """;
        List<CodeBlock> blocks = javaBlocks("BROKEN.md", markdown);
        assertThat(blocks).extracting(CodeBlock::fenceLine).containsExactly(5, 10);

        assertThat(compile(blocks.get(0))).singleElement().asString()
                .startsWith("BROKEN.md:7: error: cannot find symbol")
                .contains("undeclared");
        assertThat(compile(blocks.get(1))).singleElement().asString()
                .startsWith("BROKEN.md:14: error: ';' expected");
    }

    @Test
    void aBlockThatListsImportsGetsNoOthersAndOneWithoutGetsTheApiAndJavaUtil() throws IOException {
        String markdown = """
                ```java
                import com.example.sip.SipStatus;

                SipStatus busy = SipStatus.BUSY_HERE;
                busy.message(Locale.forLanguageTag("nl"));
                ```

                ~~~java
                SipStatus busy = SipStatus.BUSY_HERE;
                busy.message(Locale.forLanguageTag("nl"));
                Optional<String> hint = busy.hint(Locale.ROOT);
                ~~~
                """;
        List<CodeBlock> blocks = javaBlocks("IMPORTS.md", markdown);
        assertThat(compile(blocks.get(0))).singleElement().asString()
                .startsWith("IMPORTS.md:5: error: cannot find symbol")
                .contains("variable Locale");
        assertThat(compile(blocks.get(1))).isEmpty();
    }

    @Test
    void aWarningFailsABlockToo() throws IOException {
        List<CodeBlock> blocks = javaBlocks("WARNING.md", """
                Text.

                ```java
                Integer boxed = new Integer(486);
                ```
                """);
        assertThat(compile(blocks.get(0))).containsExactly(
                "WARNING.md:4: warning: Integer(int) in java.lang.Integer has been deprecated and marked for removal",
                "WARNING.md:3: error: warnings found and -Werror specified");
    }

    @Test
    void fencesOfOtherLanguagesAndTheirContentAreSkipped() {
        List<CodeBlock> blocks = javaBlocks("FENCES.md", """
                ```yaml
                # not a heading
                ```java
                ```

                ````md
                ```java
                int hidden;
                ```
                ````

                ## Section

                1. Item

                   ```java
                   int shown = 1;
                   ```
                """);
        assertThat(blocks).singleElement().satisfies(b -> {
            assertThat(b.fenceLine()).isEqualTo(16);
            assertThat(b.section()).isEqualTo("Section");
            assertThat(b.code()).isEqualTo("int shown = 1;\n");
        });
    }

    /**
     * One fenced block: its language, the line of its opening fence, the last {@code ##} heading before
     * it, and its lines without the fence's indentation; line {@code i} (from 0) is line
     * {@code fenceLine + 1 + i} of its file.
     */
    record CodeBlock(String file, int fenceLine, String language, String section, List<String> lines) {

        /** The code, each line ending in a newline. */
        String code() {
            StringBuilder code = new StringBuilder();
            for (String line : lines) {
                code.append(line).append('\n');
            }
            return code.toString();
        }
    }

    static List<CodeBlock> javaBlocks(String file, String markdown) {
        return fencedBlocks(file, markdown).stream().filter(b -> b.language().equals("java")).toList();
    }

    /**
     * Fenced code blocks as CommonMark reads them: an opening fence of three or more backticks or tildes
     * (indented, inside list items), closed by a line of the same character at least as long; the content
     * loses the opening fence's indentation.
     */
    static List<CodeBlock> fencedBlocks(String file, String markdown) {
        List<String> lines = markdown.lines().toList();
        List<CodeBlock> blocks = new ArrayList<>();
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher open = OPENING_FENCE.matcher(line);
            if (!open.matches()) {
                if (line.startsWith("## ")) {
                    section = line.substring(3).strip();
                }
                continue;
            }
            int indent = open.group(1).length();
            String fence = open.group(2);
            List<String> content = new ArrayList<>();
            int close = i + 1;
            while (close < lines.size() && !closes(lines.get(close), fence)) {
                content.add(unindent(lines.get(close), indent));
                close++;
            }
            if (close == lines.size()) {
                throw new AssertionError(file + ":" + (i + 1) + ": this code fence is never closed");
            }
            blocks.add(new CodeBlock(file, i + 1, open.group(3), section, content));
            i = close;
        }
        return blocks;
    }

    private static boolean closes(String line, String fence) {
        String stripped = line.strip();
        if (stripped.length() < fence.length()) {
            return false;
        }
        for (int i = 0; i < stripped.length(); i++) {
            if (stripped.charAt(i) != fence.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    private static String unindent(String line, int indent) {
        int i = 0;
        while (i < indent && i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return line.substring(i);
    }

    /** A block made a compilation unit by the convention; {@code readmeLine[i]} is where its line {@code i + 1} came from, or 0. */
    record Fragment(String fileName, List<String> lines, int[] readmeLine) {}

    static Fragment fragment(CodeBlock block) {
        List<String> code = block.lines();
        int afterImports = 0;
        for (int i = 0; i < code.size(); i++) {
            String line = code.get(i).strip();
            if (IMPORT.matcher(line).matches()) {
                afterImports = i + 1;
            } else if (!line.isEmpty() && !line.startsWith("//")) {
                break;
            }
        }
        String declaredType = declaredType(code.subList(afterImports, code.size()));
        List<String> lines = new ArrayList<>();
        List<Integer> origins = new ArrayList<>();
        if (afterImports == 0) {
            lines.add("import com.example.sip.*;");
            origins.add(0);
            lines.add("import java.util.*;");
            origins.add(0);
        }
        for (int i = 0; i < code.size(); i++) {
            if (i == afterImports && declaredType == null) {
                lines.add("class Fragment {");
                origins.add(0);
                lines.add("    void run() throws Exception {");
                origins.add(0);
            }
            lines.add(code.get(i));
            origins.add(block.fenceLine() + 1 + i);
        }
        if (declaredType == null) {
            lines.add("    }");
            origins.add(0);
            lines.add("}");
            origins.add(0);
        }
        int[] readmeLine = origins.stream().mapToInt(Integer::intValue).toArray();
        return new Fragment((declaredType == null ? "Fragment" : declaredType) + ".java", lines, readmeLine);
    }

    /** The name of the type the code declares first, or null if it does not start with a type declaration. */
    private static String declaredType(List<String> code) {
        for (String line : code) {
            String rest = line;
            Matcher annotation = LEADING_ANNOTATION.matcher(rest);
            while (annotation.lookingAt()) {
                rest = rest.substring(annotation.end());
                annotation = LEADING_ANNOTATION.matcher(rest);
            }
            rest = rest.strip();
            if (rest.isEmpty() || rest.startsWith("//")) {
                continue;
            }
            Matcher type = TYPE_DECLARATION.matcher(rest);
            return type.matches() ? type.group(1) : null;
        }
        return null;
    }

    /** Compiles one block against the generated API; the problems javac reports, at README lines. */
    static List<String> compile(CodeBlock block) throws IOException {
        Fragment fragment = fragment(block);
        Path work = Files.createTempDirectory(dir, "block");
        Path source = work.resolve(fragment.fileName());
        Files.write(source, fragment.lines(), StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(work.resolve("classes"));
        String classPath = api.classes() + File.pathSeparator + System.getProperty("java.class.path");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled;
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none",
                    "-encoding", "UTF-8", "-classpath", classPath, "-d", classes.toString());
            compiled = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjects(source)).call();
        }
        List<String> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.NOTE) {
                continue;
            }
            long line = d.getLineNumber();
            int readmeLine = line >= 1 && line <= fragment.readmeLine().length ? fragment.readmeLine()[(int) line - 1] : 0;
            if (readmeLine == 0) {
                // A line the convention added (an unclosed brace shows at the wrapper's end): the block's fence.
                readmeLine = block.fenceLine();
            }
            problems.add(block.file() + ":" + readmeLine + ": " + d.getKind().toString().toLowerCase(Locale.ROOT)
                    .replace("mandatory_", "") + ": " + d.getMessage(Locale.ROOT));
        }
        if (!compiled && problems.isEmpty()) {
            problems.add(block.file() + ":" + block.fenceLine() + ": javac failed without saying why");
        }
        return problems;
    }
}
