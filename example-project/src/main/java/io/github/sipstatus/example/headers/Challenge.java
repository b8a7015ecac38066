package io.github.sipstatus.example.headers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An authentication challenge from a {@code WWW-Authenticate} (401) or {@code Proxy-Authenticate} (407) header
 * (RFC 3261 §20.27, §20.44; RFC 7616): {@code Digest realm="biloxi.example.com", nonce="..."}.
 *
 * @param header     the header it came in
 * @param scheme     {@code Digest} and the like, as received
 * @param parameters the auth-params, names lower-cased, quoted values unquoted
 */
public record Challenge(String header, String scheme, Map<String, String> parameters) {

    public Challenge {
        parameters = Map.copyOf(parameters);
    }

    public Optional<String> realm() {
        return Optional.ofNullable(parameters.get("realm"));
    }

    /** The scheme, then comma-separated {@code name=value} pairs; empty when there is no scheme. */
    public static Optional<Challenge> parse(String header, String value) {
        ValueScanner scanner = new ValueScanner(value);
        Optional<String> scheme = scanner.token();
        if (scheme.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        boolean more = true;
        while (more && !scanner.atEnd()) {
            if (!scanner.nameValue(parameters)) {
                break;
            }
            more = scanner.accept(',');
        }
        return Optional.of(new Challenge(header, scheme.get(), parameters));
    }
}
