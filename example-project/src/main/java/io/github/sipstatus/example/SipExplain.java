package io.github.sipstatus.example;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code sip-explain}: explains SIP responses given as arguments or found in a SIP trace on stdin.
 *
 * <p>Exit status: 0 when everything was explained, 1 when stdin held no status line, 2 for bad input or options.
 */
public final class SipExplain {

    public static final int OK = 0;
    public static final int NOTHING_FOUND = 1;
    public static final int BAD_INPUT = 2;

    private SipExplain() {
    }

    public static void main(String[] args) {
        // Explicit UTF-8 both ways: traces and the Dutch texts must not depend on the platform encoding.
        // Autoflush keeps errors on stderr next to the output they interrupt.
        var stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        var err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exitStatus = run(args, stdin, out, err);
        out.flush();
        err.flush();
        System.exit(exitStatus);
    }

    /** The whole program minus the process: tests call this with in-memory streams. */
    public static int run(String[] args, BufferedReader stdin, PrintWriter out, PrintWriter err) {
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

        StatusCodeParser parser = new StatusCodeParser();
        boolean fromStdin = commandLine.inputs().isEmpty();
        List<ParsedInput> inputs = fromStdin
                ? parser.parseTrace(stdin.lines().collect(Collectors.toList()))
                : commandLine.inputs().stream().map(parser::parseArgument).collect(Collectors.toList());

        ReportFormatter report = new ReportFormatter(ui);
        CategoryCounts counts = new CategoryCounts();
        boolean anyInvalid = false;
        for (ParsedInput input : inputs) {
            if (input instanceof ParsedInput.StatusCode statusCode) {
                Explanation explanation = Explanation.of(statusCode);
                printBlock(out, counts.total() > 0, report.explanation(explanation));
                counts.add(explanation.status().category());
            } else if (input instanceof ParsedInput.Invalid invalid) {
                err.println(report.error(invalid));
                anyInvalid = true;
            }
        }
        if (counts.total() > 1) {
            printBlock(out, true, report.summary(counts));
        }

        if (anyInvalid) {
            return BAD_INPUT;
        }
        if (fromStdin && inputs.isEmpty()) {
            err.println(report.nothingFound());
            return NOTHING_FOUND;
        }
        return OK;
    }

    private static void printBlock(PrintWriter out, boolean separate, List<String> lines) {
        if (separate) {
            out.println();
        }
        lines.forEach(out::println);
    }
}
