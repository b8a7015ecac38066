package io.github.sipstatus.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.model.Attribute;
import io.github.sipstatus.model.AttributeValue;
import io.github.sipstatus.model.StatusCode;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.testing.Tables;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A table's own attributes as read: declarations, values, defaults, and a table that extends a
 * built-in one giving inherited codes values. Each mistake is in the bad-table corpus with its message.
 */
class AttributesTest {

    private static StatusTable load(String yaml) {
        try {
            return StatusTableLoader.load("acme.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            throw new AssertionError(e.diagnostics().toString(), e);
        }
    }

    private static List<String> problems(String yaml) {
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
                () -> StatusTableLoader.load("acme.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(thrown).as("the table must be refused").isNotNull();
        return thrown.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private static Optional<AttributeValue> value(StatusTable table, String attribute, int code) {
        Attribute declared = table.attributes().stream().filter(a -> a.name().equals(attribute)).findFirst().orElseThrow();
        StatusCode entry = table.code(code).orElseThrow();
        return declared.valueOf(entry);
    }

    @Test
    void declarationsAreReadInOrderWithTheirTypesDefaultsAndDescriptions() {
        StatusTable table = load(Tables.minimal("  - {code: 486, reason: Busy Here, message: {en: Busy, nl: Bezet},"
                + " attributes: {retryable: true, outcome: BUSY, level: -2, label: \"486\"}}\n").replace("codes:\n", """
                attributes:
                  retryable: {type: boolean, default: false, description: "Whether the dialer retries."}
                  outcome: {type: enum, values: [BUSY, FAILED, BUNDLE_BASE_NAME], default: FAILED}
                  level: {type: integer, optional: true}
                  label: {type: string, optional: false, default: none}
                codes:
                """));
        assertThat(table.attributes()).extracting(Attribute::name).containsExactly("retryable", "outcome", "level", "label");
        Attribute retryable = table.attributes().get(0);
        assertThat(retryable.type()).isEqualTo(Attribute.Type.BOOLEAN);
        assertThat(retryable.description()).contains("Whether the dialer retries.");
        assertThat(retryable.defaultValue()).contains(new AttributeValue.BooleanValue(false));
        // A nested enum's constants are its own: SipStatus's BUNDLE_BASE_NAME is no clash there.
        assertThat(table.attributes().get(1).values()).containsExactly("BUSY", "FAILED", "BUNDLE_BASE_NAME");
        assertThat(table.attributes().get(2).optional()).isTrue();
        assertThat(value(table, "retryable", 486)).contains(new AttributeValue.BooleanValue(true));
        assertThat(value(table, "retryable", 200)).contains(new AttributeValue.BooleanValue(false));
        assertThat(value(table, "outcome", 486)).contains(new AttributeValue.EnumValue("BUSY"));
        assertThat(value(table, "outcome", 600)).contains(new AttributeValue.EnumValue("FAILED"));
        assertThat(value(table, "level", 486)).contains(new AttributeValue.IntegerValue(-2));
        assertThat(value(table, "level", 400)).isEmpty();
        // A quoted number is a text where the attribute is a string.
        assertThat(value(table, "label", 486)).contains(new AttributeValue.StringValue("486"));
        assertThat(value(table, "label", 183)).contains(new AttributeValue.StringValue("none"));
    }

    @Test
    void aTableWithoutAttributesHasNone() {
        assertThat(load(Tables.minimal("")).attributes()).isEmpty();
        assertThat(load(Tables.minimal("").replace("codes:\n", "attributes:\ncodes:\n")).attributes()).isEmpty();
    }

    @Test
    void aTableThatExtendsGivesInheritedCodesValuesByListingJustTheirAttributes() {
        StatusTable table = load("""
                schema: 1
                extends: iana
                attributes:
                  outcome: {type: enum, values: [BUSY, REJECTED, FAILED], default: FAILED}
                codes:
                  - code: 486
                    attributes: {outcome: BUSY}
                  - {code: 603, attributes: {outcome: REJECTED}}
                  - code: 499
                    reason: Peer Says No
                    message: {en: Refused, nl: Geweigerd}
                    attributes: {outcome: REJECTED}
                """);
        StatusTable iana = Tables.ianaTable();
        assertThat(value(table, "outcome", 486)).contains(new AttributeValue.EnumValue("BUSY"));
        assertThat(value(table, "outcome", 603)).contains(new AttributeValue.EnumValue("REJECTED"));
        assertThat(value(table, "outcome", 499)).contains(new AttributeValue.EnumValue("REJECTED"));
        assertThat(value(table, "outcome", 404)).contains(new AttributeValue.EnumValue("FAILED"));
        // Giving values changes nothing else of the inherited code.
        StatusCode busy = table.code(486).orElseThrow();
        StatusCode inherited = iana.code(486).orElseThrow();
        assertThat(busy.reasonPhrase()).isEqualTo(inherited.reasonPhrase());
        assertThat(busy.message()).isEqualTo(inherited.message());
        assertThat(busy.constantName()).isEqualTo(inherited.constantName());
        assertThat(table.q850()).isEqualTo(iana.q850());
        assertThat(table.codes()).hasSize(iana.codes().size() + 1);
    }

    @Test
    void theBuiltInTablesDeclareNoAttributesSoEveryNameIsFree() {
        assertThat(Tables.defaultTable().attributes()).isEmpty();
        assertThat(Tables.ianaTable().attributes()).isEmpty();
    }

    /** A declaration with a problem is reported once: its values are not also each called unknown. */
    @Test
    void valuesOfABrokenDeclarationAreNotReportedAgain() {
        List<String> problems = problems(Tables.minimal(
                "  - {code: 486, reason: Busy Here, message: {en: Busy, nl: Bezet}, attributes: {outcome: BUSY}}\n")
                .replace("codes:\n", "attributes:\n  outcome: {type: enum, values: [busy]}\ncodes:\n"));
        assertThat(problems).containsExactly("acme.yaml:12:34: attribute 'outcome': value 'busy' is not UPPER_SNAKE_CASE:"
                + " use A-Z, 0-9 and '_', starting with a letter (it becomes a constant of the nested enum)");
    }

    @Test
    void everyMistakeOfATableIsReportedInOneRun() {
        List<String> problems = problems(Tables.minimal("""
                  - {code: 486, reason: Busy Here, message: {en: Busy, nl: Bezet}, attributes: {retryable: maybe}}
                  - {code: 99, reason: Low, message: {en: Low, nl: Laag}, attributes: {retryable: true}}
                  - {code: 480, reason: Temporarily Unavailable, message: {en: Away, nl: Weg}}
                """).replace("codes:\n", "attributes:\n  retryable: {type: boolean}\n  Bad: {type: string}\ncodes:\n"));
        // The six codes of the minimal table, and 480, lack a value of the required attribute: seven, each at its entry.
        assertThat(problems).hasSize(10).anySatisfy(p -> assertThat(p).contains("'maybe'"))
                .anySatisfy(p -> assertThat(p).contains("code 99 is not a SIP status code"))
                .anySatisfy(p -> assertThat(p).contains("attribute 'Bad' is not lowerCamelCase"))
                .anySatisfy(p -> assertThat(p).contains("code 480: no value for attribute 'retryable'"));
    }

    /** What the generated enum can hold (codegen.AttributeLimitsTest compiles a table at each limit). */
    @Test
    void aTableWithMoreValuesOrAttributesThanTheEnumCanHoldIsRefusedAtItsAttributes() {
        assertThat(problems(Tables.withAttributes(600, 11, true))).containsExactly("acme.yaml:3:1: 'attributes': 11"
                + " attributes for 600 codes are 6600 values, more than the 6000 the generated SipStatus can hold (its"
                + " constants are made in one method, and a Java method has at most 64 KiB of code); declare at most 10"
                + " attributes for this many codes");
        assertThat(problems(Tables.withAttributes(7, 101, false))).containsExactly("acme.yaml:11:1: 'attributes'"
                + " declares 101 attributes, more than the 100 a table may have (each is a parameter of SipStatus's"
                + " constructor, and a Java method takes at most 255)");
        assertThat(load(Tables.withAttributes(600, 10, true)).attributes()).hasSize(10);
        assertThat(load(Tables.withAttributes(60, 100, false)).attributes()).hasSize(100);
    }
}
