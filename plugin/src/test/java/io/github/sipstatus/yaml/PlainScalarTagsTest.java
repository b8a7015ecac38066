package io.github.sipstatus.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

/** The shortcut against SnakeYAML's resolver: the same tag for every plain scalar. */
class PlainScalarTagsTest {

    private static final Resolver RESOLVER = new Resolver();

    static List<String> scalars() {
        return List.of("", " ", "486", "100", "0", "007", "0755", "0x1F", "0b101", "1_000", "4:20", "190:20:30", "-1", "+1",
                "1.5", "1e3", "1E3", ".5", ".inf", ".NaN", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "9999999999999",
                "yes", "Yes", "YES", "yEs", "no", "No", "NO", "nO", "true", "True", "TRUE", "tRue", "false", "False", "FALSE",
                "on", "On", "ON", "off", "Off", "OFF", "y", "n", "Y", "N", "null", "Null", "NULL", "nULL", "~", "nl", "en",
                "Not Found", "OK", "Trying", "Forbidden", "Yesterday", "nothing", "offline", "<<", "<", "=", "!", "&", "*",
                "\0", "code", "reason", "zh-Hant", "caf\u00e9", "\u00e9t\u00e9", "Busy Here", "3261", "1x", "12a",
                // the resolver's length limits: 50 for timestamps, 1024 for numbers
                "1".repeat(50), "1".repeat(51), "1".repeat(1024), "1".repeat(1025), "y".repeat(1025));
    }

    @ParameterizedTest
    @MethodSource("scalars")
    void tagsAsTheResolverDoes(String value) {
        assertThat(new PlainScalarTags().of(value)).isEqualTo(RESOLVER.resolve(NodeId.scalar, value, true));
    }

    @Property(tries = 5000)
    void tagsRandomScalarsAsTheResolverDoes(@ForAll("scalarText") String value) {
        assertThat(new PlainScalarTags().of(value)).isEqualTo(RESOLVER.resolve(NodeId.scalar, value, true));
    }

    @Provide
    Arbitrary<String> scalarText() {
        return Arbitraries.strings().withChars("yYnNtTfFoOeEsSuUlLrRaA0123456789_.:-+<=~!&*xb \u00e9\u0000").ofMinLength(1).ofMaxLength(8);
    }
}
