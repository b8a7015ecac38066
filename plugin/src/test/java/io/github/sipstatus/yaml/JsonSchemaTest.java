package io.github.sipstatus.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.input.TableSchema;
import io.github.sipstatus.model.Attribute;
import io.github.sipstatus.model.AttributeNames;
import io.github.sipstatus.testing.Tables;
import io.github.sipstatus.model.MissingTranslations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** sip-explain's own table names the schema by a path relative to it, as a user's would, and passes it. */
    @Test
    void theExampleProjectsTablePasses() throws IOException {
        Path table = Path.of("../example-project/src/main/sip/sip-status-codes.yaml");
        assertThat(Files.readAllLines(table).get(0))
                .isEqualTo("# yaml-language-server: $schema=../../../../src-data/sip-status-codes.schema.json");
        assertThat(table.getParent().resolve("../../../../src-data/sip-status-codes.schema.json").normalize()).isRegularFile();
        assertThat(validate(table)).isEmpty();
    }

    @Test
    void theIntegrationTestsValidTablesAndOverlaysPass() throws IOException {
        List<String> valid = List.of("custom-table-and-package/src/sip/pbx-codes.yaml",
                "overlay-adds-german/src/sip/codes.yaml", "overlay-adds-german/src/sip/codes-de.yaml",
                "locales-selects-nl/src/sip/codes.yaml", "reproducible-turkish-latin1/src/sip/tr.yaml",
                "extends-iana-adds-a-code/src/sip/acme-codes.yaml", "extends-conflict-keeps-previous-output/src/sip/good.yaml",
                "extends-base-change-regenerates/src/sip/v1/codes.yaml",
                "extends-base-change-regenerates/src/sip/v2/codes.yaml",
                "own-attributes-drive-a-dialer/src/sip/dialer-codes.yaml");
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
        "extends-retitle-lacks-title", "attribute-declaration-problems", "attribute-names-not-allowed",
        "attribute-value-of-wrong-type", "attribute-values-not-a-mapping", "attributes-not-a-mapping"})
    void typicalMistakesAreFlaggedInTheEditorToo(String badTable) throws IOException {
        assertThat(validate(Path.of("src/test/resources/bad-tables", badTable + ".yaml"))).isNotEmpty();
    }

    private static final String ATTRIBUTES = """
            attributes:
              retryable: {type: boolean, default: false, description: "Whether the dialer retries the call later."}
              outcome:
                type: enum
                values: [BUSY, REJECTED, NOT_FOUND, UNAVAILABLE, AUTHENTICATION_ERROR, FAILED]
                default: FAILED
              alarmLevel: {type: integer, optional: true, description: "How loud:\\nthe pager's level."}
              weight: {type: integer, default: -2147483648}
              label: {type: string, default: Other}
              note: {type: string, optional: true}
              route: {type: enum, values: [LOCAL, TRUNK], optional: false}
              severity: {type: enum, values: [MINOR, MAJOR], optional: true}
              counted: {type: boolean, optional: false, default: true}
            """;

    /** Every type, with a default, optional, and neither; the schema and the plugin take them alike. */
    @Test
    void everyKindOfAttributePasses() throws Exception {
        StringBuilder codes = new StringBuilder("codes:\n"
                + "  - {code: 486, attributes: {retryable: true, outcome: BUSY, alarmLevel: -1, route: LOCAL}}\n"
                + "  - {code: 478, reason: Unresolvable destination, message: {en: Unresolvable, nl: Onoplosbaar},"
                + " attributes: {weight: 2147483647, label: \"486\", note: Carrier's, severity: MAJOR, counted: false,"
                + " route: TRUNK}}\n");
        // 'route' has neither a default nor optional: true, so every inherited code needs a value too.
        for (var code : StatusTableLoader.load("iana.yaml", "schema: 1\nextends: iana\n".getBytes(StandardCharsets.UTF_8))
                .codes()) {
            if (code.code() != 486) {
                codes.append("  - {code: ").append(code.code()).append(", attributes: {route: TRUNK}}\n");
            }
        }
        String table = "schema: 1\nextends: iana\n" + ATTRIBUTES + codes;
        assertThat(validate(table)).isEmpty();
        assertThat(StatusTableLoader.load("attributes.yaml", table.getBytes(StandardCharsets.UTF_8)).attributes())
                .hasSize(9);
    }

    @Test
    void aCompleteTableWithAttributesPasses() throws Exception {
        String table = """
                schema: 1
                locales: [en]
                categories:
                  - {class: 1, title: {en: Provisional}}
                  - {class: 2, title: {en: Success}}
                  - {class: 3, title: {en: Redirection}}
                  - {class: 4, title: {en: Client Error}}
                  - {class: 5, title: {en: Server Error}}
                  - {class: 6, title: {en: Global Failure}}
                attributes:
                  retryable: {type: boolean, default: false}
                  outcome: {type: enum, values: [BUSY, FAILED]}
                  level: {type: integer, optional: true}
                codes:
                  - {code: 183, reason: Session Progress, message: {en: Progress}, attributes: {outcome: FAILED}}
                  - {code: 200, reason: OK, message: {en: OK}, attributes: {outcome: FAILED}}
                  - {code: 300, reason: Multiple Choices, message: {en: Choices}, attributes: {outcome: FAILED}}
                  - {code: 400, reason: Bad Request, message: {en: Bad request}, attributes: {outcome: FAILED}}
                  - {code: 486, reason: Busy Here, message: {en: Busy}, attributes: {retryable: true, outcome: BUSY, level: 3}}
                  - {code: 500, reason: Server Internal Error, message: {en: Server error}, attributes: {outcome: FAILED}}
                  - {code: 600, reason: Busy Everywhere, message: {en: Busy everywhere}, attributes: {outcome: BUSY}}
                """;
        assertThat(validate(table)).isEmpty();
        assertThat(StatusTableLoader.load("complete.yaml", table.getBytes(StandardCharsets.UTF_8)).attributes())
                .hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "schema: 1\nextends: callvoip\nattributes:\n  retryable: {type: boolean, default: false}\n",
        "schema: 1\nextends: callvoip\nattributes:\ncodes:\n  - {code: 486, hint: {nl: Bezet}}\n",
        "schema: 1\nextends: callvoip\nattributes: {}\n"})
    void tablesThatExtendWithFewOrNoAttributesPass(String yaml) throws Exception {
        assertThat(validate(yaml)).isEmpty();
        StatusTableLoader.load("attributes.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** Each is refused by the plugin as well: the schema never refuses a table the plugin takes. */
    @ParameterizedTest
    @ValueSource(strings = {
        "outcome: {type: enum, default: FAILED}",
        "outcome: {type: enum, values: [], optional: true}",
        "outcome: {type: enum, values: [busy], optional: true}",
        "outcome: {type: enum, values: [BUSY, BUSY], optional: true}",
        "outcome: {type: enum, values: [BUSY-HERE], optional: true}",
        "outcome: {type: enum, values: [BUSY], default: busy}",
        "retryable: {type: boolean, values: [YES], default: false}",
        "alarmLevel: {type: integer, values: [LOW, HIGH], optional: true}",
        "retryable: {type: boolean, optional: true}",
        "retryable: {type: boolean, default: \"false\"}",
        "alarmLevel: {type: integer, default: abc}",
        "alarmLevel: {type: integer, default: 2147483648}",
        "alarmLevel: {type: integer, default: 1.5}",
        "label: {type: string, default: [a, b]}",
        "label: {type: string, default: Other, optional: true}",
        "label: {type: string, optional: \"true\"}",
        "label: {type: text}",
        "label: {typ: string}",
        "label: {type: string, defualt: Other}",
        "label: string",
        "Retryable: {type: boolean, default: false}",
        "retry-able: {type: boolean, default: false}",
        "alarm_level: {type: integer, optional: true}",
        "code: {type: integer, optional: true}",
        "isFinal: {type: boolean, default: true}",
        "default: {type: string, optional: true}"})
    void mistakesInDeclarationsAreFlagged(String declaration) throws IOException {
        String yaml = "schema: 1\nextends: iana\nattributes:\n  " + declaration + "\n";
        assertThat(validate(yaml)).isNotEmpty();
        assertThatThrownBy(() -> StatusTableLoader.load("bad.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "attributes: [retryable]",
        "attributes: retryable",
        "attributes: {retryable: [true]}",
        "attributes: {retryable: {value: true}}",
        "attributes: {label: \"two\\nlines\"}",
        "attributes: {label: \"\"}",
        "attributes: {alarmLevel: 99999999999}",
        "attributes: {alarmLevel: 3.5}",
        "attributes: {Retryable: true}"})
    void mistakesInACodesValuesAreFlagged(String values) throws IOException {
        String yaml = "schema: 1\nextends: iana\nattributes:\n  retryable: {type: boolean, default: false}\n"
                + "  alarmLevel: {type: integer, optional: true}\n  label: {type: string, default: Other}\n"
                + "codes:\n  - {code: 486, " + values + "}\n";
        assertThat(validate(yaml.replace(values, "attributes: {retryable: true, alarmLevel: -3, label: Busy}")))
                .as("the same table with good values").isEmpty();
        assertThat(validate(yaml)).isNotEmpty();
        assertThatThrownBy(() -> StatusTableLoader.load("bad.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class);
    }

    /**
     * The names the schema refuses are the ones the plugin does: every member of the generated SipStatus,
     * which {@link AttributeNames} holds to the compiled enum, and the Java keywords, and none the plugin takes.
     */
    @Test
    void theSchemaRefusesTheReservedNamesThePluginRefuses() throws IOException {
        JsonNode names = new ObjectMapper().readTree(SCHEMA.toFile()).at("/definitions/attributeName/not/enum");
        List<String> refused = new ArrayList<>();
        names.forEach(name -> refused.add(name.asText()));
        assertThat(refused).containsAll(AttributeNames.reservedMembers()).doesNotHaveDuplicates()
                .contains("default", "class", "int", "true", "null", "enum", "goto");
        for (String name : refused) {
            assertThat(AttributeNames.problem(name, Attribute.Type.STRING)).as(name).isPresent();
            assertThat(validate("schema: 1\nextends: iana\nattributes:\n  " + name + ": {type: string, default: x}\n"))
                    .as(name).isNotEmpty();
        }
        assertThat(validate("schema: 1\nextends: iana\nattributes:\n  codec: {type: string, default: x}\n"))
                .isEmpty();
    }

    /** At most 100 attributes, as the plugin (the limit of 6,000 values is the plugin's alone). */
    @Test
    void theSchemaRefusesMoreAttributesThanThePluginTakes() throws IOException {
        assertThat(validate(Tables.withAttributes(7, 100, false))).isEmpty();
        assertThat(validate(Tables.withAttributes(7, 101, false))).isNotEmpty();
    }
}
