package io.github.sipstatus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The model's own guard of attributes: what the YAML reader checks with positions, refused here too. */
class AttributeTest {

    private static Attribute attribute(String name, Attribute.Type type, List<String> values,
            Optional<AttributeValue> defaultValue, boolean optional) {
        return new Attribute(name, type, values, defaultValue, optional, Optional.empty());
    }

    @Test
    void aDeclarationMustMakeSenseOnItsOwn() {
        assertThatThrownBy(() -> attribute("Outcome", Attribute.Type.STRING, List.of(), Optional.empty(), true))
                .hasMessageContaining("lowerCamelCase");
        assertThatThrownBy(() -> attribute("values", Attribute.Type.STRING, List.of(), Optional.empty(), true))
                .hasMessageContaining("taken by a member");
        assertThatThrownBy(() -> attribute("outcome", Attribute.Type.ENUM, List.of(), Optional.empty(), true))
                .hasMessageContaining("needs some");
        assertThatThrownBy(() -> attribute("level", Attribute.Type.INTEGER, List.of("LOW"), Optional.empty(), true))
                .hasMessageContaining("values belong to an enum");
        assertThatThrownBy(() -> attribute("outcome", Attribute.Type.ENUM, List.of("A", "A"), Optional.empty(), true))
                .hasMessageContaining("duplicate value A");
        assertThatThrownBy(() -> attribute("flag", Attribute.Type.BOOLEAN, List.of(), Optional.empty(), true))
                .hasMessageContaining("cannot be optional");
        assertThatThrownBy(() -> attribute("level", Attribute.Type.INTEGER, List.of(),
                Optional.of(new AttributeValue.IntegerValue(1)), true)).hasMessageContaining("a default and is optional");
        assertThatThrownBy(() -> attribute("level", Attribute.Type.INTEGER, List.of(),
                Optional.of(new AttributeValue.BooleanValue(true)), false)).hasMessageContaining("is a boolean, not an integer");
        assertThatThrownBy(() -> attribute("outcome", Attribute.Type.ENUM, List.of("A"),
                Optional.of(new AttributeValue.EnumValue("B")), false)).hasMessageContaining("which it does not declare");
        assertThatThrownBy(() -> attribute("location", Attribute.Type.ENUM, List.of("A"), Optional.empty(), true))
                .hasMessageContaining("nested enum Location");
    }

    @Test
    void aTableHoldsEveryCodesValuesToItsDeclarations() {
        Attribute outcome = attribute("outcome", Attribute.Type.ENUM, List.of("BUSY", "FAILED"), Optional.empty(), false);
        assertThatThrownBy(() -> table(List.of(outcome), Map.of())).hasMessageContaining("has no value for attribute 'outcome'");
        assertThatThrownBy(() -> table(List.of(outcome), Map.of("outcome", new AttributeValue.EnumValue("NONE"))))
                .hasMessageContaining("which it does not declare");
        assertThatThrownBy(() -> table(List.of(), Map.of("outcome", new AttributeValue.EnumValue("BUSY"))))
                .hasMessageContaining("which the table does not declare");
        assertThat(table(List.of(outcome), Map.of("outcome", new AttributeValue.EnumValue("BUSY"))).attributes())
                .containsExactly(outcome);
    }

    /** A table of the six codes resolve() needs, each with the same attribute values. */
    private static StatusTable table(List<Attribute> attributes, Map<String, AttributeValue> values) {
        LocalizedText text = new LocalizedText(Map.of(Locale.ENGLISH, "x"));
        List<StatusCode> codes = List.of(183, 200, 300, 400, 500, 600).stream()
                .map(code -> new StatusCode(code, "R" + code, "C" + code, OptionalInt.empty(), Optional.empty(), text,
                        Optional.empty(), values))
                .toList();
        List<Category> categories = List.of(ResponseClass.values()).stream().map(c -> new Category(c, text)).toList();
        return new StatusTable(Optional.empty(), Optional.empty(), List.of(Locale.ENGLISH), categories, codes,
                Q850Interworking.NONE, attributes);
    }
}
