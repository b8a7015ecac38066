package io.github.sipstatus.example.trace;

import java.util.List;

/**
 * A stretch of a trace that holds SIP text and nothing of the tool's own: a packet's payload, one entry of
 * a log, or the whole input when the tool is not known. A message never runs from one segment into the next.
 *
 * @param controlsShownAsDots whether the tool printed control characters as {@code .}, so that a folded
 *                            header's leading tab arrives as a dot (ngrep, tshark)
 */
public record Segment(List<Line> lines, boolean controlsShownAsDots) {

    public Segment {
        lines = List.copyOf(lines);
    }
}
