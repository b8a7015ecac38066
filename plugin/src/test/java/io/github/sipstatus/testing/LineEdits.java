package io.github.sipstatus.testing;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Whole-line edits of a table, for the property tests that damage one at random: a line lost or
 * pasted twice is the commonest slip in a hand-kept YAML file.
 */
public final class LineEdits {

    private LineEdits() {}

    /** The document without one of its lines. */
    public static Arbitrary<String> deleteOneLine(List<String> lines) {
        return Arbitraries.integers().between(0, lines.size() - 1).map(i -> {
            List<String> edited = new ArrayList<>(lines);
            edited.remove((int) i);
            return String.join("\n", edited);
        });
    }

    /** The document with one of its lines written twice, one after the other. */
    public static Arbitrary<String> duplicateOneLine(List<String> lines) {
        return Arbitraries.integers().between(0, lines.size() - 1).map(i -> {
            List<String> edited = new ArrayList<>(lines);
            edited.add(i, lines.get(i));
            return String.join("\n", edited);
        });
    }
}
