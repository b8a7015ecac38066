package io.github.sipstatus.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackageNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "io.github.sipstatus, io.github.sipstatus.sip",
        "com.my-company,      com.my_company.sip",
        "org.2go,             org._2go.sip",
        "com.example.int,     com.example.int_.sip",
        "Com.Example,         com.example.sip",
    })
    void defaultFromGroupId(String groupId, String packageName) {
        assertThat(PackageNames.fromGroupId(groupId)).contains(packageName);
        assertThat(PackageNames.problem(packageName)).isEmpty();
    }

    @Test
    void noDefaultFromAnEmptySegment() {
        assertThat(PackageNames.fromGroupId("com..example")).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "com.example.class | uses the Java keyword 'class'",
        "com..example      | has an empty segment",
        "com.example.      | has an empty segment",
        "com.my-company    | has 'my-company', which is not a Java name",
        "java.sip          | is in java.*, which only the JDK may use",
    })
    void refusesWhatJavaRefuses(String packageName, String problem) {
        assertThat(PackageNames.problem(packageName)).contains(problem);
    }
}
