package io.github.sipstatus.example.trace;

/**
 * A line that starts like a SIP status line at the start of a line and is not one, e.g. {@code SIP/2.0 700 Weird}.
 *
 * @param detail what the generated parser said is wrong, with the index
 */
public record Problem(int line, String text, String detail) {
}
