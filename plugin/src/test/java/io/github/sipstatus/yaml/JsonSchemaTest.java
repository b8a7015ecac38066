package io.github.sipstatus.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
                "locales-selects-nl/src/sip/codes.yaml", "reproducible-turkish-latin1/src/sip/tr.yaml");
        for (String file : valid) {
            assertThat(validate(Path.of("src/it", file))).as(file).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown-key-with-suggestion", "code-out-of-range", "code-not-a-number", "code-fraction",
        "locales-not-a-list", "unknown-schema", "constant-not-upper-snake", "category-class-out-of-range",
        "empty-reason", "reason-with-line-break", "message-not-a-map", "missing-required-keys", "codes-not-a-list",
        "bad-locale-tag", "repeated-locale", "unquoted-no-locale", "deprecated-true", "locale-with-extension",
        "cause-duplicate-and-out-of-range", "q850-not-a-cause-word"})
    void typicalMistakesAreFlaggedInTheEditorToo(String badTable) throws IOException {
        assertThat(validate(Path.of("src/test/resources/bad-tables", badTable + ".yaml"))).isNotEmpty();
    }
}
