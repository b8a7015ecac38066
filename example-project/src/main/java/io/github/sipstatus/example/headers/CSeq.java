package io.github.sipstatus.example.headers;

import java.util.Optional;

/** {@code CSeq: 314159 INVITE} (RFC 3261 §20.16): which request a response answers. */
public record CSeq(long number, String method) {

    public static Optional<CSeq> parse(String value) {
        ValueScanner scanner = new ValueScanner(value);
        Optional<Long> number = scanner.number();
        Optional<String> method = scanner.token();
        if (number.isEmpty() || method.isEmpty() || !scanner.atEnd()) {
            return Optional.empty();
        }
        return Optional.of(new CSeq(number.get(), method.get()));
    }

    @Override
    public String toString() {
        return number + " " + method;
    }
}
