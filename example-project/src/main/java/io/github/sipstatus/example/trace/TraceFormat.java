package io.github.sipstatus.example.trace;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The tools whose output sip-explain recognises, each by a line only that tool writes. Anything else is
 * {@link #PLAIN}: pasted messages, a Homer text export, a Wireshark stream saved as plain text.
 */
public enum TraceFormat {
    /** sipp {@code -trace_msg}: each message after a dashed line with a time and "UDP message sent (N bytes):". */
    SIPP_MESSAGES("sipp -trace_msg"),
    /** sipp {@code -trace_err}: events, an unexpected message quoted inside one. */
    SIPP_ERRORS("sipp -trace_err"),
    /** {@code tcpdump -A}: a summary line per packet, then the packet in ASCII, starting with its IP header. */
    TCPDUMP_ASCII("tcpdump -A"),
    /** {@code tcpdump -X} (or -x, -XX): a summary line per packet, then hex and ASCII, 16 bytes a line. */
    TCPDUMP_HEX("tcpdump -X"),
    /** {@code ngrep -W byline}: "U a -> b" per packet, a CR shown as a dot at each line's end. */
    NGREP("ngrep -W byline"),
    /** sngrep's "Save as .txt": a line with date, time and addresses before each message. */
    SNGREP("sngrep text export"),
    /** tshark's {@code -z follow,udp,ascii} and Wireshark's "Follow UDP/TCP Stream" as shown. */
    FOLLOW_STREAM("Wireshark/tshark follow stream"),
    /** Nothing but status codes, one a line: the old way to pipe a list of codes. */
    CODE_LIST("list of codes"),
    /** Messages as pasted, or any text with messages at line starts. */
    PLAIN("plain text");

    private static final Pattern SIPP_SEPARATOR = Pattern.compile("-{20,} \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
    private static final Pattern SIPP_ERROR = Pattern.compile(
            "The following events occurred:|\\d{4}-\\d\\d-\\d\\d\t\\d\\d:\\d\\d:\\d\\d\\.\\d+\t\\d+\\.\\d+: ");
    // -t/-tt/-ttt/-tttt/-ttttt vary the time; "IP"/"IP6" follows in every one of them.
    static final Pattern TCPDUMP_SUMMARY = Pattern.compile(
            "(\\d{4}-\\d\\d-\\d\\d )?[\\d:.]+ (IP6?|ARP|ethertype|[0-9a-f:]{17} > ) ");
    static final Pattern TCPDUMP_HEX_LINE = Pattern.compile("\t0x[0-9a-f]{4}:  [0-9a-f]{2,4}( |$)");
    static final Pattern NGREP_PACKET = Pattern.compile(
            "[UTIK] (\\d{4}/\\d\\d/\\d\\d [\\d:.]+ )?(\\+[\\d.]+ )?\\S+ -> \\S+( #\\d+)?$");
    static final Pattern SNGREP_HEADER = Pattern.compile("\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d+ \\S+ -> \\S+$");
    static final Pattern FOLLOW_HEADER = Pattern.compile("Follow: (udp|tcp|tls|sctp|http|quic),");
    private static final Pattern CODE = Pattern.compile("\\s*[0-9]+\\s*");

    /** How many lines are looked at; every tool identifies itself near the start. */
    private static final int LINES_LOOKED_AT = 400;

    private final String toolName;

    TraceFormat(String toolName) {
        this.toolName = toolName;
    }

    /** For messages: "tcpdump -A", "sipp -trace_msg", ... */
    public String toolName() {
        return toolName;
    }

    public static TraceFormat detect(List<Line> lines) {
        int looked = Math.min(lines.size(), LINES_LOOKED_AT);
        boolean tcpdumpSummary = false;
        for (int i = 0; i < looked; i++) {
            String text = lines.get(i).text();
            if (TCPDUMP_HEX_LINE.matcher(text).lookingAt()) {
                return TCPDUMP_HEX;
            }
            tcpdumpSummary |= TCPDUMP_SUMMARY.matcher(text).lookingAt();
        }
        if (tcpdumpSummary) {
            return TCPDUMP_ASCII;
        }
        for (int i = 0; i < looked; i++) {
            String text = lines.get(i).text();
            if (SIPP_SEPARATOR.matcher(text).lookingAt()) {
                return SIPP_MESSAGES;
            }
            if (SIPP_ERROR.matcher(text).lookingAt()) {
                return SIPP_ERRORS;
            }
            if (NGREP_PACKET.matcher(text).matches() || text.startsWith("interface: ")) {
                return NGREP;
            }
            if (SNGREP_HEADER.matcher(text).matches()) {
                return SNGREP;
            }
            if (FOLLOW_HEADER.matcher(text).lookingAt()) {
                return FOLLOW_STREAM;
            }
        }
        return isCodeList(lines) ? CODE_LIST : PLAIN;
    }

    private static boolean isCodeList(List<Line> lines) {
        boolean any = false;
        for (Line line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (line.text().length() > 40 || !CODE.matcher(line.text()).matches()) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
