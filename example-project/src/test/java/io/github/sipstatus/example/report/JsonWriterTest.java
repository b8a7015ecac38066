package io.github.sipstatus.example.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class JsonWriterTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void escapesWhatRfc8259Requires() {
        assertThat(JsonWriter.quote("a\"b\\c\n\r\t\b\f\u0000\u001f\u2028é€😀"))
                .isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0000\\u001f\\u2028é€😀\"");
        assertThat(JsonWriter.quote("\ud800x")).isEqualTo("\"\\ud800x\"");
    }

    @Property
    void anyStringSurvivesARealParser(@ForAll String text) throws Exception {
        JsonNode parsed = JACKSON.readTree(new JsonWriter().beginObject().name(text).value(text).endObject().toString());

        assertThat(parsed.get(text)).isNotNull();
        assertThat(parsed.get(text).asText()).isEqualTo(text);
    }

    @Test
    void nestedDocument() throws Exception {
        String json = new JsonWriter().beginObject().name("a").beginArray().value(1).value(true).nullValue()
                .beginObject().endObject().beginArray().endArray().endArray().name("b").value("x").endObject().toString();

        assertThat(JACKSON.readTree(json).toString()).isEqualTo("{\"a\":[1,true,null,{},[]],\"b\":\"x\"}");
    }

    @Test
    void misuseIsAProgrammingError() {
        assertThatIllegalStateException().isThrownBy(() -> new JsonWriter().beginObject().value(1));
        assertThatIllegalStateException().isThrownBy(() -> new JsonWriter().beginArray().name("x"));
        assertThatIllegalStateException().isThrownBy(() -> new JsonWriter().beginArray().toString());
        assertThatIllegalStateException().isThrownBy(() -> new JsonWriter().beginArray().endObject());
    }
}
