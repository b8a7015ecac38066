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

    /**
     * The level a {@code failOn} parameter names, ignoring case and surrounding blanks.
     *
     * @param value the parameter's value
     * @return the level, or empty when no level has that name
     */
    public static Optional<FailOn> parse(String value) {
        for (FailOn failOn : values()) {
            if (failOn.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(failOn);
            }
        }
        return Optional.empty();
    }

    /**
     * The name a user writes in the {@code failOn} parameter.
     *
     * @return the name, e.g. {@code mismatch}
     */
    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a comparison fails the build at this level.
     *
     * @param comparison what the comparison with the registry found
     * @return {@code true} when the build must fail
     */
    public boolean fails(RegistryComparison comparison) {
        return switch (this) {
            case NOTHING -> false;
            case MISMATCH -> comparison.hasMismatches();
            case MISSING -> comparison.hasMismatches() || !comparison.missing().isEmpty();
        };
    }
}
