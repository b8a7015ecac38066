package io.github.sipstatus.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.sipstatus.init.InitRequest;
import io.github.sipstatus.init.TableStarter;
import io.github.sipstatus.input.BuiltInTable;
import io.github.sipstatus.input.TableSchema;
import io.github.sipstatus.model.MissingTranslations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema published for editors ({@code src-data/sip-status-codes.schema.json}) accepts every
 * table and overlay the plugin accepts, here the project's own, and refuses typical mistakes.
 */
class JsonSchemaTest {

    private static final Path SCHEMA = Path.of("../src-data/sip-status-codes.schema.json");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static JsonSchema schema;

    @BeforeAll
    static void readSchema() throws IOException {
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(Files.readString(SCHEMA));
    }

    private static Set<ValidationMessage> validate(Path yaml) throws IOException {
        JsonNode document = YAML.readTree(yaml.toFile());
        return schema.validate(document);
    }

    @Test
    void theProjectsTablesNameTheSchemaAndPassIt() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../src-data"))) {
            List<Path> tables = files.filter(p -> p.toString().endsWith(".yaml")).toList();
            assertThat(tables).isNotEmpty();
            for (Path table : tables) {
                assertThat(Files.readAllLines(table).get(0))
                        .isEqualTo("# yaml-language-server: $schema=sip-status-codes.schema.json");
                assertThat(validate(table)).as(table.toString()).isEmpty();
            }
        }
    }

    @Test
    void theIntegrationTestsValidTablesAndOverlaysPass() throws IOException {
        List<String> valid = List.of("custom-table-and-package/src/sip/pbx-codes.yaml",
                "overlay-adds-german/src/sip/codes.yaml", "overlay-adds-german/src/sip/codes-de.yaml",
                "locales-selects-nl/src/sip/codes.yaml", "reproducible-turkish-latin1/src/sip/tr.yaml",
                "extends-iana-adds-a-code/src/sip/acme-codes.yaml", "extends-conflict-keeps-previous-output/src/sip/good.yaml",
                "extends-base-change-regenerates/src/sip/v1/codes.yaml",
                "extends-base-change-regenerates/src/sip/v2/codes.yaml");
        for (String file : valid) {
            assertThat(validate(Path.of("src/it", file))).as(file).isEmpty();
        }
    }

    /** {@code init} writes the schema from the jar: it must be this file, byte for byte, not a copy that drifts. */
    @Test
    void theSchemaInThePluginJarIsTheOneInSrcData() throws IOException {
        assertThat(TableSchema.bytes()).isEqualTo(Files.readAllBytes(SCHEMA));
    }

    /** The table init writes, examples commented out or in, and its copy of a whole built-in table. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void whatInitWritesPasses(boolean copy, @TempDir Path project) throws Exception {
        for (BuiltInTable table : BuiltInTable.values()) {
            Path file = project.resolve(table.parameterValue() + ".yaml");
            TableStarter.init(new InitRequest(file, project, table, copy));
            assertThat(validate(file)).as(file.toString()).isEmpty();
            String uncommented = Files.readString(file).replaceAll("(?m)^  # (- code|  )", "  $1");
            assertThat(validate(uncommented)).as("uncommented " + file).isEmpty();
        }
    }

    private static Set<ValidationMessage> validate(String yaml) throws IOException {
        return schema.validate(YAML.readTree(yaml));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "schema: 1\nextends: iana\n",
        "schema: 1\nextends: callvoip\nname: ACME\nsource: ACME's carrier\nlocales:\ncategories:\ncodes:\n",
        "schema: 1\nextends: callvoip\nlocales: []\ncategories: []\ncodes: []\n",
        "schema: 1\nextends: iana\nlocales: [de]\ncategories: [{class: 4, title: {de: Client-Fehler}}]\n",
        "schema: 1\nextends: iana\ncodes:\n  - {code: 486, hint: {nl: Bezet}}\n  - {code: 202, deprecated: false}\n"
            + "  - {code: 480, reason: Away, constant: AWAY, rfc: 1, deprecated: \"use 486\", message: {en: Away}}\n"
            + "  - {code: 478, reason: Unresolvable destination, message: {en: Unresolvable, nl: Onoplosbaar}}\n",
        "schema: 1\nextends: iana\ncauses:\n  - {cause: 17, message: {nl: Klant in gesprek}}\n"
            + "  - {cause: 99, name: Carrier specific, sip: 478, message: {en: Carrier, nl: Vervoerder}}\ncodes:\n"
            + "  - {code: 478, reason: Unresolvable destination, q850: 99, message: {en: Unresolvable, nl: Onoplosbaar}}\n"
            + "  - {code: 487, q850: none}\n"})
    void tablesThatExtendPass(String yaml) throws Exception {
        assertThat(validate(yaml)).isEmpty();
        // The plugin reads them too (missing texts of an added locale aside, which the schema cannot see).
        StatusTableLoader.load(new TableSource("extending.yaml", yaml.getBytes(StandardCharsets.UTF_8)), List.of(),
                Optional.empty(), MissingTranslations.WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "schema: 1\nextends: IANA\n",
        "schema: 1\nextends: iana\ncodes:\n  - {reason: No code}\n",
        "schema: 1\nextends: iana\ncodes:\n  - {code: 486, deprecated: true}\n",
        "schema: 1\nextends: iana\nlocales: de\n",
        "schema: 1\nextends: iana\nlocales: [de, de]\n",
        "schema: 1\nextends: iana\ncauses:\n  - {name: No cause number}\n",
        "schema: 1\nextends: iana\ncodes:\n  - {code: 486, q850: 128}\n",
        // Outside a table that extends, the keys it may leave out are still required.
        "schema: 1\nname: Not extending\ncodes: [{code: 486}]\n"})
    void mistakesOfTablesThatExtendAreFlagged(String yaml) throws IOException {
        assertThat(validate(yaml)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown-key-with-suggestion", "code-out-of-range", "code-not-a-number", "code-fraction",
        "locales-not-a-list", "unknown-schema", "constant-not-upper-snake", "category-class-out-of-range",
        "empty-reason", "reason-with-line-break", "message-not-a-map", "missing-required-keys", "codes-not-a-list",
        "bad-locale-tag", "repeated-locale", "unquoted-no-locale", "deprecated-true", "locale-with-extension",
        "cause-duplicate-and-out-of-range", "q850-not-a-cause-word",
        "extends-unknown-base", "extends-misspelt-base", "extends-a-file", "extends-not-a-name",
        "extends-changed-reason-with-line-break", "extends-change-deprecated-true", "extends-change-unknown-key",
        "extends-retitle-lacks-title"})
    void typicalMistakesAreFlaggedInTheEditorToo(String badTable) throws IOException {
        assertThat(validate(Path.of("src/test/resources/bad-tables", badTable + ".yaml"))).isNotEmpty();
    }
}
