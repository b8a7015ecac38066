package io.github.sipstatus.example.headers;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code Retry-After: 300 (overloaded);duration=600} (RFC 3261 §20.33): when to try again, why, and for how
 * long the callee will then be reachable.
 *
 * @param comment    the comment without parentheses, empty when there is none
 * @param duration   the {@code duration} parameter in seconds, when present and a number
 * @param parameters every parameter, {@code duration} included, names lower-cased
 */
public record RetryAfter(long seconds, String comment, OptionalLong duration, Map<String, String> parameters) {

    public RetryAfter {
        parameters = Map.copyOf(parameters);
    }

    /** Empty when the value does not start with delta-seconds. */
    public static Optional<RetryAfter> parse(String value) {
        ValueScanner scanner = new ValueScanner(value);
        Optional<Long> seconds = scanner.number();
        if (seconds.isEmpty()) {
            return Optional.empty();
        }
        String comment = scanner.comment().orElse("");
        Map<String, String> parameters = new java.util.LinkedHashMap<>(scanner.semicolonParameters());
        String duration = parameters.get("duration");
        OptionalLong durationSeconds = OptionalLong.empty();
        if (duration != null && !duration.isEmpty() && duration.length() <= 18 && duration.chars().allMatch(Character::isDigit)) {
            durationSeconds = OptionalLong.of(Long.parseLong(duration));
        }
        return Optional.of(new RetryAfter(seconds.get(), comment, durationSeconds, parameters));
    }
}
