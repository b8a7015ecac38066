package io.github.sipstatus.example;

import io.github.sipstatus.example.calls.Call;
import io.github.sipstatus.example.calls.CallGrouper;
import io.github.sipstatus.example.calls.CauseTexts;
import io.github.sipstatus.example.calls.Exchange;
import io.github.sipstatus.example.calls.Response;
import io.github.sipstatus.example.calls.TableCauseTexts;
import io.github.sipstatus.example.report.CallJsonReport;
import io.github.sipstatus.example.report.CallTextReport;
import io.github.sipstatus.example.trace.Line;
import io.github.sipstatus.example.trace.Problem;
import io.github.sipstatus.example.trace.SipMessage;
import io.github.sipstatus.example.trace.Trace;
import io.github.sipstatus.example.trace.TraceDecoder;
import io.github.sipstatus.example.trace.TraceFormat;
import io.github.sipstatus.example.trace.TraceReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The trace half of the program: read the inputs, find the calls, write them as text or JSON. */
final class TraceExplainer {

    private final UiMessages ui;
    private final CommandLine.Format format;
    private final PrintWriter out;
    private final PrintWriter err;
    private final CauseTexts causeTexts = new TableCauseTexts();

    TraceExplainer(UiMessages ui, CommandLine.Format format, PrintWriter out, PrintWriter err) {
        this.ui = ui;
        this.format = format;
        this.out = out;
        this.err = err;
    }

    /** @param files the traces; none means stdin */
    int explain(List<String> files, InputStream stdin) {
        List<SipMessage> messages = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> codeLines = new ArrayList<>();
        Set<String> formats = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (String file : files.isEmpty() ? List.of("-") : files) {
            String name = file.equals("-") ? ui.get("input.stdin") : file;
            names.add(name);
            TraceDecoder.Decoded decoded;
            try {
                decoded = file.equals("-") ? TraceDecoder.read(stdin) : read(Path.of(file));
            } catch (IOException | RuntimeException e) {
                // RuntimeException: an invalid path on this platform; either way the input cannot be read.
                err.println("sip-explain: " + ui.format("error.cannotRead", name, describe(e)));
                return SipExplain.UNREADABLE_INPUT;
            }
            if (decoded.binaryCapture()) {
                err.println("sip-explain: " + ui.format("error.binaryCapture", name));
                return SipExplain.UNREADABLE_INPUT;
            }
            if (decoded.truncated()) {
                err.println("sip-explain: " + ui.format("error.truncated", name, String.valueOf(TraceDecoder.MAX_BYTES >> 20)));
            }
            List<Line> lines = decoded.lines();
            TraceFormat detected = TraceFormat.detect(lines);
            formats.add(detected.toolName());
            if (detected == TraceFormat.CODE_LIST) {
                for (Line line : lines) {
                    if (!line.isBlank()) {
                        codeLines.add(line.text());
                    }
                }
                continue;
            }
            Trace trace = TraceReader.read(detected, lines);
            messages.addAll(trace.messages());
            problems.addAll(trace.problems());
        }
        if (!codeLines.isEmpty()) {
            return codeList(codeLines);
        }
        CallGrouper.Grouped grouped = CallGrouper.group(messages);
        String formatNames = String.join(", ", formats);
        if (format == CommandLine.Format.JSON) {
            out.println(new CallJsonReport(ui, causeTexts).document(formatNames, grouped, problems));
        } else if (grouped.responseCount() > 0) {
            // Requests alone explain nothing: then only the message below is written.
            text(grouped);
        }
        for (Problem problem : problems) {
            err.println("sip-explain: " + ui.format("error.traceLine", String.valueOf(problem.line()), problem.detail()));
        }
        if (!problems.isEmpty()) {
            return SipExplain.BAD_INPUT;
        }
        if (grouped.responseCount() == 0) {
            err.println("sip-explain: " + ui.format("error.noResponse", String.join(", ", names), formatNames));
            return SipExplain.NOTHING_FOUND;
        }
        return SipExplain.OK;
    }

    private static TraceDecoder.Decoded read(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return TraceDecoder.read(in);
        }
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private int codeList(List<String> lines) {
        StatusCodeParser parser = new StatusCodeParser();
        List<ParsedInput> inputs = new ArrayList<>();
        for (String line : lines) {
            inputs.add(parser.parseArgument(line));
        }
        return SipExplain.explainCodes(inputs, ui, format, out, err);
    }

    private void text(CallGrouper.Grouped grouped) {
        CallTextReport report = new CallTextReport(ui, causeTexts);
        CategoryCounts counts = new CategoryCounts();
        boolean first = true;
        for (Call call : grouped.calls()) {
            SipExplain.printBlock(out, !first, report.call(call));
            first = false;
            for (Exchange exchange : call.exchanges()) {
                for (Response response : exchange.responses()) {
                    counts.add(response.explanation().status().category());
                }
            }
        }
        if (counts.total() > 1 || grouped.calls().size() > 1) {
            List<String> summary = new ArrayList<>(new ReportFormatter(ui).summary(counts));
            summary.add(ui.format("summary.calls", String.valueOf(grouped.calls().size())));
            if (grouped.duplicates() > 0) {
                summary.add(ui.format("summary.duplicates", String.valueOf(grouped.duplicates())));
            }
            SipExplain.printBlock(out, true, summary);
        }
    }
}
