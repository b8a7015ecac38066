package io.github.sipstatus.example.trace;

/**
 * One line of a trace, without its line break.
 *
 * @param number the 1-based line of the input it came from (for tcpdump -X, the packet's first line)
 */
public record Line(int number, String text) {

    public boolean isBlank() {
        return text.isBlank();
    }
}
