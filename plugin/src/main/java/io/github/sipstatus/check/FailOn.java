package io.github.sipstatus.check;

import java.util.Locale;
import java.util.Optional;

/**
 * When {@code check} fails the build. Each level includes the one before: a table may leave codes out
 * and pass {@code mismatch}, but under {@code missing} it must be complete and right.
 */
public enum FailOn {
    /** Report only. */
    NOTHING,
    /** Fail when a code's reason phrase or RFC differs from the registry, or a deprecation is not marked. */
    MISMATCH,
    /** Fail on mismatches and also when the table lacks a code of the registry. */
    MISSING;

    public static Optional<FailOn> parse(String value) {
        for (FailOn failOn : values()) {
            if (failOn.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(failOn);
            }
        }
        return Optional.empty();
    }

    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean fails(RegistryComparison comparison) {
        return switch (this) {
            case NOTHING -> false;
            case MISMATCH -> comparison.hasMismatches();
            case MISSING -> comparison.hasMismatches() || !comparison.missing().isEmpty();
        };
    }
}
