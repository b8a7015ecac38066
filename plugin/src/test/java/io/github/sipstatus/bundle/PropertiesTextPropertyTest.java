package io.github.sipstatus.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/**
 * Whatever a person types, {@code Properties.load} gives it back exactly, on Java 8 (which reads the
 * bytes as ISO-8859-1) and on Java 9+ (which may read them as UTF-8): both readings are tried.
 */
class PropertiesTextPropertyTest {

    @Property(tries = 2000)
    void anyTextLoadsBackExactly(@ForAll @StringLength(max = 60) String value) throws IOException {
        PropertiesText text = new PropertiesText("generated");
        text.put("486.hint", value);
        byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);

        Properties iso = new Properties();
        iso.load(new ByteArrayInputStream(bytes));
        Properties utf8 = new Properties();
        utf8.load(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));

        assertThat(iso.getProperty("486.hint")).isEqualTo(value);
        assertThat(utf8.getProperty("486.hint")).isEqualTo(value);
        assertThat(iso).hasSize(1);
    }

    @Property(tries = 500)
    void outputIsAsciiWithOneLinePerEntry(@ForAll String value) {
        PropertiesText text = new PropertiesText("h\u00e9ader\nwith a break");
        text.put("a", value);
        String out = text.toString();
        assertThat(out.chars()).allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f));
        assertThat(out.split("\n", -1)).hasSize(3);
    }
}
