package io.github.sipstatus.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Our word lists against the JDK's, on every reserved word and on words that look like one but are not. */
class JavaNamesTest {

    static List<String> words() {
        return List.of("abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
                "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for",
                "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
                "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
                "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "true",
                "false", "null", "_",
                // restricted and contextual words are names: a package may be called var or record
                "var", "yield", "record", "sealed", "permits", "non-sealed", "when", "module", "open", "requires",
                "exports", "opens", "to", "uses", "provides", "with", "transitive",
                // and ordinary or broken names
                "Class", "INT", "sip", "_2go", "2go", "my-company", "caf\u00e9", "\uD835\uDC9C", "a\u0000", "", "$");
    }

    @ParameterizedTest
    @MethodSource("words")
    void agreesWithTheJdk(String word) {
        assertThat(JavaNames.isKeyword(word)).as("keyword").isEqualTo(SourceVersion.isKeyword(word));
        assertThat(JavaNames.isIdentifier(word)).as("identifier").isEqualTo(SourceVersion.isIdentifier(word));
    }
}
