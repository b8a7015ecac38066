package io.github.sipstatus.yaml;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Near-miss suggestions for misspelt words, whatever their case: "reasn" → "reason", "busy" → "BUSY". */
final class Suggestions {

    private Suggestions() {}

    /** The known word closest to the unknown one, if it is close enough to be a likely typo. */
    static Optional<String> closest(String unknown, Collection<String> known) {
        String lower = unknown.toLowerCase(Locale.ROOT);
        String closest = null;
        int closestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < closestDistance) { // on a tie the first candidate stays
                closest = candidate;
                closestDistance = distance;
            }
        }
        // Within a third of the word, and never all of it: a one-letter value suggests nothing.
        if (closest == null || closestDistance > Math.max(1, closest.length() / 3) || closestDistance >= closest.length()) {
            return Optional.empty();
        }
        return Optional.of(closest);
    }

    /** Levenshtein distance, two rows at a time. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
