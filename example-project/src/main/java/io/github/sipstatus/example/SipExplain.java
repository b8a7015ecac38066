package io.github.sipstatus.example;

import io.github.sipstatus.example.report.CodeJsonReport;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sip-explain}: explains SIP responses given as arguments, or the calls in a SIP trace read from files or
 * stdin.
 *
 * <p>Exit status: 0 when everything was explained, 1 when the trace held no SIP response, 2 for bad input or
 * options (a status line that cannot be read included), 3 for input that cannot be read at all (a binary
 * capture, a missing file).
 */
public final class SipExplain {

    public static final int OK = 0;
    public static final int NOTHING_FOUND = 1;
    public static final int BAD_INPUT = 2;
    public static final int UNREADABLE_INPUT = 3;

    private SipExplain() {
    }

    public static void main(String[] args) {
        // Explicit UTF-8 out: the Dutch texts must not depend on the platform encoding. Input is bytes,
        // decoded leniently by the trace reader. Autoflush keeps errors next to the output they interrupt.
        var out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        var err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exitStatus = run(args, System.in, out, err);
        out.flush();
        err.flush();
        System.exit(exitStatus);
    }

    /** The whole program minus the process: tests call this with in-memory streams. */
    public static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(args);
        } catch (CommandLine.UsageException e) {
            err.println("sip-explain: " + e.getMessage());
            Usage.lines(new UiMessages(CommandLine.DEFAULT_LOCALE)).forEach(err::println);
            return BAD_INPUT;
        }
        UiMessages ui = new UiMessages(commandLine.locale());
        if (commandLine.help()) {
            Usage.lines(ui).forEach(out::println);
            return OK;
        }
        if (commandLine.readsTrace()) {
            return new TraceExplainer(ui, commandLine.format(), out, err).explain(commandLine.files(), stdin);
        }
        StatusCodeParser parser = new StatusCodeParser();
        List<ParsedInput> inputs = new ArrayList<>();
        for (String input : commandLine.inputs()) {
            inputs.add(parser.parseArgument(input));
        }
        return explainCodes(inputs, ui, commandLine.format(), out, err);
    }

    /**
     * Codes and status lines, from the arguments or a piped list: as text a block each, then counts per class;
     * as JSON one document. Either way each bad input is also a line on stderr.
     */
    static int explainCodes(List<ParsedInput> inputs, UiMessages ui, CommandLine.Format format, PrintWriter out,
            PrintWriter err) {
        ReportFormatter report = new ReportFormatter(ui);
        if (format == CommandLine.Format.JSON) {
            out.println(new CodeJsonReport(ui).document(inputs));
            boolean anyInvalid = false;
            for (ParsedInput input : inputs) {
                if (input instanceof ParsedInput.Invalid invalid) {
                    err.println(report.error(invalid));
                    anyInvalid = true;
                }
            }
            return anyInvalid ? BAD_INPUT : OK;
        }
        CategoryCounts counts = new CategoryCounts();
        boolean anyInvalid = false;
        boolean printed = false; // blocks are separated by an empty line
        for (ParsedInput input : inputs) {
            if (input instanceof ParsedInput.StatusCode statusCode) {
                Explanation explanation = Explanation.of(statusCode);
                printBlock(out, printed, report.explanation(explanation));
                counts.add(explanation.status().category());
                printed = true;
            } else if (input instanceof ParsedInput.Cause cause) {
                printBlock(out, printed, report.cause(cause.cause()));
                printed = true;
            } else if (input instanceof ParsedInput.Invalid invalid) {
                err.println(report.error(invalid));
                anyInvalid = true;
            }
        }
        if (counts.total() > 1) {
            printBlock(out, true, report.summary(counts));
        }
        return anyInvalid ? BAD_INPUT : OK;
    }

    static void printBlock(PrintWriter out, boolean separate, List<String> lines) {
        if (separate) {
            out.println();
        }
        lines.forEach(out::println);
    }
}
