package io.github.sipstatus.example.trace;

import java.util.List;

/**
 * What was found in a trace.
 *
 * @param messages every message found, in order, copies included
 * @param problems lines that start like a status line and are not one
 */
public record Trace(TraceFormat format, List<SipMessage> messages, List<Problem> problems) {

    public Trace {
        messages = List.copyOf(messages);
        problems = List.copyOf(problems);
    }
}
