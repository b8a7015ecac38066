package io.github.sipstatus.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sipstatus.codegen.GeneratedTypes;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.output.GeneratedFile;
import io.github.sipstatus.testing.Tables;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundleFilesTest {

    private static final GeneratedTypes TYPES = new GeneratedTypes("com.example.sip");

    @Test
    void oneBundlePerLocalePlusTheBase() {
        List<GeneratedFile> files = BundleFiles.generate(Tables.defaultTable(), TYPES, "t.yaml");
        assertThat(files).extracting(GeneratedFile::relativePath).containsExactly(
                "com/example/sip/SipStatusMessages.properties",
                "com/example/sip/SipStatusMessages_en.properties",
                "com/example/sip/SipStatusMessages_nl.properties");
        assertThat(files.get(0).content()).isEqualTo(patchedHeader(files.get(1), "Base bundle: en."));
    }

    @Test
    void everyTextLoadsBackExactlyAndKeysAreInCodeOrder() throws IOException {
        StatusTable table = Tables.defaultTable();
        List<GeneratedFile> files = BundleFiles.generate(table, TYPES, "t.yaml");
        Properties nl = load(files.get(2));
        for (var code : table.codes()) {
            assertThat(nl.getProperty(code.code() + ".message")).isEqualTo(code.message().in(Locale.forLanguageTag("nl")));
        }
        assertThat(nl.getProperty("category.1.title")).isEqualTo("Informatief");
        List<String> keys = new ArrayList<>();
        for (String line : new String(files.get(2).content(), StandardCharsets.US_ASCII).split("\n")) {
            if (!line.startsWith("#")) {
                keys.add(line.substring(0, line.indexOf('=')));
            }
        }
        assertThat(keys.subList(0, 6)).containsExactly("category.1.title", "category.2.title", "category.3.title",
                "category.4.title", "category.5.title", "category.6.title");
        assertThat(keys.subList(6, 10)).containsExactly("100.message", "100.hint", "180.message", "180.hint");
    }

    @Test
    void filesAreAsciiWithLfAndNoDate() {
        for (GeneratedFile file : BundleFiles.generate(Tables.defaultTable(), TYPES, "t.yaml")) {
            String text = new String(file.content(), StandardCharsets.ISO_8859_1);
            assertThat(text.chars()).allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f));
            assertThat(text).doesNotContain("\r").doesNotContainPattern("20[0-9][0-9]-[01][0-9]");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a=b", "key: value", "#not a comment", "!bang", " leading blank", "trailing blank ",
        "back\\slash", "l'appel {0} n'a pas abouti", "caf\u00e9 \u00fcber \u4e2d\u6587 \ud83d\udcde", "tab\there",
        "line\nbreak", "\\u0041 literal"})
    void awkwardTextsSurviveARoundTrip(String value) throws IOException {
        PropertiesText text = new PropertiesText("header");
        text.put("486.hint", value);
        Properties loaded = new Properties();
        loaded.load(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(loaded.getProperty("486.hint")).isEqualTo(value);
    }

    private static Properties load(GeneratedFile file) throws IOException {
        Properties properties = new Properties();
        properties.load(new ByteArrayInputStream(file.content()));
        return properties;
    }

    private static byte[] patchedHeader(GeneratedFile file, String replacement) {
        return new String(file.content(), StandardCharsets.US_ASCII).replace("Locale: en.", replacement)
                .getBytes(StandardCharsets.US_ASCII);
    }
}
