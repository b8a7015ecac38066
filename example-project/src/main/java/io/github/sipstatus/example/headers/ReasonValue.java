package io.github.sipstatus.example.headers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One value of a Reason header (RFC 3326 §2): {@code Q.850;cause=17;text="User busy"}. A header may hold several,
 * separated by commas, and a message several headers.
 *
 * @param protocol   as received: {@code SIP}, {@code Q.850} or another token
 * @param cause      the {@code cause} parameter, when present and a number
 * @param text       the {@code text} parameter unquoted, empty when absent
 * @param parameters every parameter, names lower-cased
 */
public record ReasonValue(String protocol, OptionalLong cause, String text, Map<String, String> parameters) {

    public ReasonValue {
        parameters = Map.copyOf(parameters);
    }

    public boolean isSip() {
        return protocol.equalsIgnoreCase("SIP");
    }

    public boolean isQ850() {
        return protocol.equalsIgnoreCase("Q.850");
    }

    /** Every value of every header given, in order; a value that is not protocol-first is skipped. */
    public static List<ReasonValue> parseAll(List<String> headerValues) {
        List<ReasonValue> values = new ArrayList<>();
        for (String headerValue : headerValues) {
            ValueScanner scanner = new ValueScanner(headerValue);
            do {
                parseOne(scanner).ifPresent(values::add);
            } while (scanner.skipPastComma());
        }
        return values;
    }

    private static Optional<ReasonValue> parseOne(ValueScanner scanner) {
        Optional<String> protocol = scanner.token();
        if (protocol.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>(scanner.semicolonParameters());
        OptionalLong cause = OptionalLong.empty();
        String causeText = parameters.get("cause");
        if (causeText != null && !causeText.isEmpty() && causeText.length() <= 9 && causeText.chars().allMatch(Character::isDigit)) {
            cause = OptionalLong.of(Long.parseLong(causeText));
        }
        return Optional.of(new ReasonValue(protocol.get(), cause, parameters.getOrDefault("text", ""), parameters));
    }
}
