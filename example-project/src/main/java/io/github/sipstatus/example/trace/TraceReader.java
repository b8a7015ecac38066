package io.github.sipstatus.example.trace;

import java.util.ArrayList;
import java.util.List;

/** Reads a trace: detects the tool that wrote it, cuts it into segments and finds the messages in each. */
public final class TraceReader {

    private TraceReader() {
    }

    public static Trace read(List<Line> lines) {
        return read(TraceFormat.detect(lines), lines);
    }

    public static Trace read(TraceFormat format, List<Line> lines) {
        List<SipMessage> messages = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Segment segment : Segmenter.segments(format, lines)) {
            MessageSplitter.Split split = MessageSplitter.split(segment);
            messages.addAll(split.messages());
            problems.addAll(split.problems());
        }
        return new Trace(format, messages, problems);
    }
}
