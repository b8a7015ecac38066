package io.github.sipstatus.example;

import io.github.sipstatus.sip.SipStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UiMessagesTest {

    @Test
    void everyTextExistsInBothLanguages() throws IOException {
        Properties english = load("SipExplainMessages.properties");
        Properties dutch = load("SipExplainMessages_nl.properties");

        assertThat(dutch.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    /** The switch in UiMessages gives every outcome of the table a key; here each key has its own text. */
    @Test
    void everyOutcomeOfTheTableHasItsOwnTextInBothLanguages() throws IOException {
        for (String bundle : List.of("SipExplainMessages.properties", "SipExplainMessages_nl.properties")) {
            Properties texts = load(bundle);
            Set<String> seen = new HashSet<>();
            for (SipStatus.Outcome outcome : SipStatus.Outcome.values()) {
                String text = texts.getProperty(UiMessages.countsAsKey(outcome));
                assertThat(text).as("%s in %s", outcome, bundle).isNotBlank();
                assertThat(seen.add(text)).as("%s in %s: '%s' is another outcome's text too", outcome, bundle, text).isTrue();
            }
        }
        assertThat(new UiMessages(Locale.forLanguageTag("nl")).countsAs(SipStatus.Outcome.BUSY)).isEqualTo("bezet");
        assertThat(new UiMessages(Locale.ENGLISH).countsAs(SipStatus.Outcome.AUTHENTICATION_ERROR)).isEqualTo("authentication error");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = UiMessagesTest.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
