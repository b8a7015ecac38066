package io.github.sipstatus.example.trace;

/**
 * One header field, unfolded.
 *
 * @param name     the canonical name ({@link HeaderNames#canonical}); compact forms are expanded
 * @param received the name as it was in the message, e.g. {@code i}
 * @param value    the value with continuation lines joined by one space (RFC 3261 §7.3.1) and trimmed
 */
public record Header(String name, String received, String value) {
}
