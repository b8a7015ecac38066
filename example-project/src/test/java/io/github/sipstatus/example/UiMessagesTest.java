package io.github.sipstatus.example;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class UiMessagesTest {

    @Test
    void everyTextExistsInBothLanguages() throws IOException {
        Properties english = load("SipExplainMessages.properties");
        Properties dutch = load("SipExplainMessages_nl.properties");

        assertThat(dutch.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = UiMessagesTest.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
