package io.github.sipstatus.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sipstatus.check.FailOn;
import io.github.sipstatus.check.RegistryCheck;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.generation.GenerationRequest;
import io.github.sipstatus.generation.GenerationResult;
import io.github.sipstatus.generation.SipStatusGenerator;
import io.github.sipstatus.input.BuiltInTable;
import io.github.sipstatus.input.TableChoice;
import io.github.sipstatus.input.TableSchema;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.yaml.StatusTableLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TableStarterTest {

    @TempDir
    Path project;

    private Path table() {
        return project.resolve("src/main/sip/sip-status-codes.yaml");
    }

    private InitResult init(BuiltInTable table, boolean copy) throws Exception {
        return TableStarter.init(new InitRequest(table(), project, table, copy));
    }

    private static StatusTable load(Path file) throws Exception {
        return StatusTableLoader.load(file.toString(), Files.readAllBytes(file));
    }

    @Test
    void writesATableThatExtendsTheBuiltInOneTheSchemaBesideItAndSaysHowToUseIt() throws Exception {
        InitResult result = init(BuiltInTable.CALLVOIP, false);

        Path schema = project.resolve("src/main/sip/sip-status-codes.schema.json");
        assertThat(result.written()).containsExactly(table(), schema);
        assertThat(schema).hasBinaryContent(TableSchema.bytes());
        assertThat(Files.readAllLines(table()))
                .startsWith("# yaml-language-server: $schema=sip-status-codes.schema.json")
                .contains("extends: callvoip", "codes:", "  # - code: 478", "  # - code: 486",
                        "# Compare it with the IANA registry: mvn sip-status:check"
                                + " -Dsip-status.source=src/main/sip/sip-status-codes.yaml");
        assertThat(result.report()).containsExactly(
                "Wrote src/main/sip/sip-status-codes.yaml: a table that extends the built-in callvoip table, with"
                        + " commented examples of a new and of a changed code",
                "Wrote src/main/sip/sip-status-codes.schema.json: the JSON Schema that editors use to check and complete"
                        + " the table as you type",
                "To generate from it, give the generate goal this configuration in pom.xml (instead of any 'table'):",
                "  <configuration>",
                "    <source>${project.basedir}/src/main/sip/sip-status-codes.yaml</source>",
                "  </configuration>");
    }

    @ParameterizedTest
    @EnumSource(BuiltInTable.class)
    void theTableItWritesIsItsBaseAndGeneratesAsItIs(BuiltInTable base) throws Exception {
        init(base, false);
        StatusTable builtIn = StatusTableLoader.load(base.displayName(), base.bytes());

        assertThat(load(table())).isEqualTo(builtIn);
        GenerationResult generated = SipStatusGenerator.generate(GenerationRequest.of(Optional.of(table()),
                "org.acme.sip", project.resolve("target/java"), project.resolve("target/resources")));
        assertThat(generated.summary()).isEqualTo("sip-status-codes.yaml (" + builtIn.codes().size()
                + " codes, 2 locales) in org.acme.sip");
        assertThat(project.resolve("target/java/org/acme/sip/SipStatusCodes.java")).isRegularFile();
    }

    /** The examples are what a user starts from: one '#' away from use, they must be right for either base. */
    @ParameterizedTest
    @EnumSource(BuiltInTable.class)
    void itsExamplesUncommentedAddACodeAndChangeOne(BuiltInTable base) throws Exception {
        init(base, false);
        String uncommented = Files.readString(table()).replaceAll("(?m)^  # (- code|  )", "  $1")
                .replaceAll("(?m)^# (attributes:|  retryable:)", "$1");
        assertThat(uncommented).contains("\n  - code: 478\n", "\n  - code: 486\n");
        Files.writeString(table(), uncommented);

        StatusTable table = load(table());

        assertThat(table.codes()).hasSize(codeCount(base) + 1);
        assertThat(table.code(478).orElseThrow().constantName()).isEqualTo("UNRESOLVABLE_DESTINATION");
        assertThat(table.code(486).orElseThrow().hint().orElseThrow().in(Locale.forLanguageTag("nl")))
                .isEqualTo("De klant is in gesprek; het callcenter belt over 2 minuten opnieuw.");
        assertThat(table.attributes()).extracting(a -> a.name()).containsExactly("retryable");
        assertThat(table.attributes().get(0).valueOf(table.code(486).orElseThrow()))
                .contains(new io.github.sipstatus.model.AttributeValue.BooleanValue(true));
        assertThat(table.attributes().get(0).valueOf(table.code(478).orElseThrow()))
                .contains(new io.github.sipstatus.model.AttributeValue.BooleanValue(false));
    }

    private static int codeCount(BuiltInTable base) {
        try {
            return StatusTableLoader.load(base.displayName(), base.bytes()).codes().size();
        } catch (InvalidInputException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @EnumSource(BuiltInTable.class)
    void checkReportsOnItWhatItReportsOnItsBase(BuiltInTable base) throws Exception {
        init(base, false);

        List<String> onTheFile = RegistryCheck.run(new TableChoice(base, Optional.of(table())), FailOn.NOTHING).report();
        List<String> onTheBase = RegistryCheck.run(new TableChoice(base, Optional.empty()), FailOn.NOTHING).report();

        assertThat(onTheFile).hasSameSizeAs(onTheBase);
        assertThat(onTheFile.get(0)).startsWith("sip-status-codes.yaml against the IANA registry");
        assertThat(onTheFile.subList(1, onTheFile.size())).isEqualTo(onTheBase.subList(1, onTheBase.size()));
        assertThat(onTheFile.get(0).substring(onTheFile.get(0).indexOf(" against ")))
                .isEqualTo(onTheBase.get(0).substring(onTheBase.get(0).indexOf(" against ")));
    }

    @Test
    void copyWritesTheWholeBuiltInTableToOwnEveryLine() throws Exception {
        InitResult result = init(BuiltInTable.IANA, true);

        assertThat(table()).hasBinaryContent(BuiltInTable.IANA.bytes());
        assertThat(result.report().get(0)).isEqualTo("Wrote src/main/sip/sip-status-codes.yaml: a copy of the whole"
                + " built-in iana table, yours to edit");
        assertThat(load(table()).codes()).hasSize(75);
    }

    @Test
    void anExistingTableIsNeverOverwrittenAndNothingIsWritten() throws Exception {
        Files.createDirectories(table().getParent());
        Files.writeString(table(), "mine");

        assertThatThrownBy(() -> init(BuiltInTable.CALLVOIP, false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(table() + ": exists already, and sip-status:init never overwrites a file; delete it, or"
                        + " write another with -Dsip-status.file=<path>");
        assertThat(table()).hasContent("mine");
        assertThat(table().resolveSibling(TableSchema.FILE_NAME)).doesNotExist();
    }

    @Test
    void theSameSchemaIsKeptAndAnotherOneRefused() throws Exception {
        init(BuiltInTable.CALLVOIP, false);
        Path second = project.resolve("src/main/sip/iana.yaml");

        InitResult again = TableStarter.init(new InitRequest(second, project, BuiltInTable.IANA, false));

        assertThat(again.written()).containsExactly(second);
        assertThat(again.report().get(1)).startsWith("Kept src/main/sip/sip-status-codes.schema.json: ");
        Path schema = table().resolveSibling(TableSchema.FILE_NAME);
        Files.writeString(schema, "{}");
        Path third = project.resolve("src/main/sip/third.yaml");
        assertThatThrownBy(() -> TableStarter.init(new InitRequest(third, project, BuiltInTable.IANA, false)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(schema + ": exists already with other content, and sip-status:init never overwrites a"
                        + " file; delete it to get this plugin's schema, or write the table elsewhere");
        assertThat(third).doesNotExist();
        assertThat(schema).hasContent("{}");
    }

    @Test
    void aFileOutsideTheProjectIsConfiguredByItsPath(@TempDir Path elsewhere) throws Exception {
        Path outside = elsewhere.resolve("codes.yaml");

        InitResult result = TableStarter.init(new InitRequest(outside, project, BuiltInTable.CALLVOIP, false));

        assertThat(result.report()).contains("    <source>" + outside.toAbsolutePath().normalize() + "</source>");
        assertThat(new String(Files.readAllBytes(outside), StandardCharsets.UTF_8))
                .contains("-Dsip-status.source=" + outside.toAbsolutePath().normalize());
    }

    @Test
    void anUnknownTableNamesTheParameter() {
        assertThatThrownBy(() -> InitRequest.of(table(), project, "ietf", false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("parameter 'table': 'ietf' is not a built-in table; use callvoip or iana");
    }
}
