package com.example.app;

import com.example.sip.SipStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

@Configuration
class SipMessagesConfiguration {

    @Bean   // named messageSource, after the method: the one name the ApplicationContext uses
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename(SipStatus.BUNDLE_BASE_NAME);
        source.setFallbackToSystemLocale(false);   // the same trap the generated accessors avoid
        return source;
    }
}
