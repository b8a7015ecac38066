package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.sip.SipStatus;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/** README.md's Spring configuration (SipMessagesConfiguration, a verbatim copy) in a real application context. */
class SpringMessageSourceTest {

    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final String MESSAGE = SipStatus.BUSY_HERE.messageKey();
    /** The English hint of 486 has the table's apostrophe: "called party's equipment busy". */
    private static final String HINT = SipStatus.BUSY_HERE.hintKey();

    private static Locale jvmDefault;

    /** A server whose JVM runs in Dutch: a French client must still get the table's default, English. */
    @BeforeAll
    static void dutchServer() {
        jvmDefault = Locale.getDefault();
        Locale.setDefault(NL);
    }

    @AfterAll
    static void restoreDefault() {
        Locale.setDefault(jvmDefault);
    }

    /** Application code that gets its MessageSource injected by type. */
    static class SupportDesk {
        @Autowired
        MessageSource messages;
    }

    @Test
    void theReadmesBeanIsTheContextsMessageSourceAndTheInjectedOne() {
        try (AnnotationConfigApplicationContext context =
                new AnnotationConfigApplicationContext(SipMessagesConfiguration.class, SupportDesk.class)) {
            MessageSource injected = context.getBean(SupportDesk.class).messages;
            assertInstanceOf(ResourceBundleMessageSource.class, injected);
            assertSame(injected, context.getBean(MessageSource.class));
            assertSame(injected, context.getBean("messageSource"));
            assertEquals(List.of("messageSource"), List.copyOf(context.getBeansOfType(MessageSource.class).keySet()));
            // The context's own getMessage delegates to it.
            assertEquals(SipStatus.BUSY_HERE.message(NL), context.getMessage(MESSAGE, null, NL));
        }
    }

    @Test
    void dutchForNlAndEnglishForEnglishAndForALocaleTheTableLacks() {
        try (AnnotationConfigApplicationContext context =
                new AnnotationConfigApplicationContext(SipMessagesConfiguration.class, SupportDesk.class)) {
            MessageSource messages = context.getBean(SupportDesk.class).messages;
            assertEquals("In gesprek", messages.getMessage(MESSAGE, null, NL));
            assertEquals(SipStatus.BUSY_HERE.message(NL), messages.getMessage(MESSAGE, null, NL));
            assertEquals("In gesprek", messages.getMessage(MESSAGE, null, Locale.forLanguageTag("nl-BE")));
            assertEquals("Busy here", messages.getMessage(MESSAGE, null, Locale.ENGLISH));
            assertEquals(SipStatus.BUSY_HERE.message(Locale.ENGLISH), messages.getMessage(MESSAGE, null, Locale.ENGLISH));
            assertEquals(NL, Locale.getDefault());
            assertEquals("Busy here", messages.getMessage(MESSAGE, null, Locale.FRENCH));
            assertEquals(SipStatus.BUSY_HERE.message(Locale.FRENCH), messages.getMessage(MESSAGE, null, Locale.FRENCH));
        }
    }

    @Test
    void withoutSetFallbackToSystemLocaleAFrenchClientGetsTheServersDutch() {
        ResourceBundleMessageSource springDefault = new ResourceBundleMessageSource();
        springDefault.setBasename(SipStatus.BUNDLE_BASE_NAME);
        assertEquals("In gesprek", springDefault.getMessage(MESSAGE, null, Locale.FRENCH));
    }

    @Test
    void anApostropheStaysWithoutArgumentsAndIsConsumedByMessageFormatWithThem() {
        try (AnnotationConfigApplicationContext context =
                new AnnotationConfigApplicationContext(SipMessagesConfiguration.class, SupportDesk.class)) {
            MessageSource messages = context.getBean(SupportDesk.class).messages;
            String asWritten = SipStatus.BUSY_HERE.hint(Locale.ENGLISH).orElseThrow();
            assertEquals("called party's equipment busy", asWritten);
            assertEquals(asWritten, messages.getMessage(HINT, null, Locale.ENGLISH));
            assertEquals(asWritten, messages.getMessage(HINT, new Object[0], Locale.ENGLISH));
            assertEquals("called partys equipment busy", messages.getMessage(HINT, new Object[] {"unused"}, Locale.ENGLISH));
            assertNotEquals(asWritten, messages.getMessage(HINT, new Object[] {"unused"}, Locale.ENGLISH));
        }
    }

    /** The README's earlier snippet: a bean named otherwise. */
    @Configuration
    static class WronglyNamed {
        @Bean
        MessageSource sipMessages() {
            ResourceBundleMessageSource source = new ResourceBundleMessageSource();
            source.setBasename(SipStatus.BUNDLE_BASE_NAME);
            source.setFallbackToSystemLocale(false);
            return source;
        }
    }

    @Test
    void underAnotherNameTheContextKeepsAnEmptyMessageSourceOfItsOwn() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(WronglyNamed.class)) {
            assertThrows(NoSuchMessageException.class, () -> context.getMessage(MESSAGE, null, NL));
            assertThrows(NoUniqueBeanDefinitionException.class, () -> context.getBean(MessageSource.class));
        }
    }
}
