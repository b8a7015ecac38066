package io.github.sipstatus.model;

import java.util.Locale;
import java.util.Optional;

/** What a missing or undeclared translation is: a build error, or a warning with a fallback at run time. */
public enum MissingTranslations {
    /** Every declared locale must have every text. */
    FAIL,
    /** Missing texts fall back to the table's default locale at run time; the build warns. */
    WARN;

    /**
     * The policy a {@code missingTranslations} parameter names, ignoring case and surrounding blanks.
     *
     * @param value the parameter's value
     * @return the policy, or empty when it is neither {@code fail} nor {@code warn}
     */
    public static Optional<MissingTranslations> parse(String value) {
        for (MissingTranslations policy : values()) {
            if (policy.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }

    /**
     * The name a user writes in the {@code missingTranslations} parameter.
     *
     * @return {@code fail} or {@code warn}
     */
    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
