package io.github.sipstatus.example.trace;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a trace into {@link Segment}s, dropping what the tool added: its per-packet and per-entry lines,
 * ngrep's dots for CR, tshark's byte counts; tcpdump -X's hex is turned back into the packet's bytes.
 */
public final class Segmenter {

    private static final Pattern SIPP_SEPARATOR = Pattern.compile("-{20,} \\d{4}-\\d\\d-\\d\\d .*");
    private static final Pattern SIPP_DIRECTION = Pattern.compile(
            "(UDP|TCP|TLS|SCTP|UDP6|TCP6|TLS6|SCTP6)? ?message (sent|received) .*bytes ?:?\\s*");
    private static final Pattern NGREP_NOISE = Pattern.compile("#+|interface: .*|filter: .*|match: .*|exit");
    private static final Pattern FOLLOW_NOISE = Pattern.compile("=+|Follow: .*|Filter: .*|Node \\d+: .*|\t?\\d+");

    private Segmenter() {
    }

    public static List<Segment> segments(TraceFormat format, List<Line> lines) {
        return switch (format) {
            case SIPP_MESSAGES -> split(lines, false, Segmenter::isSippNoise);
            case SNGREP -> split(lines, false, line -> TraceFormat.SNGREP_HEADER.matcher(line).matches());
            case TCPDUMP_ASCII -> split(lines, false, line -> TraceFormat.TCPDUMP_SUMMARY.matcher(line).lookingAt());
            case NGREP -> ngrep(lines);
            case FOLLOW_STREAM -> split(lines, true, line -> FOLLOW_NOISE.matcher(line).matches());
            case TCPDUMP_HEX -> hexPackets(lines);
            case SIPP_ERRORS, CODE_LIST, PLAIN -> List.of(new Segment(lines, false));
        };
    }

    private static boolean isSippNoise(String line) {
        return SIPP_SEPARATOR.matcher(line).matches() || SIPP_DIRECTION.matcher(line).matches();
    }

    private interface Boundary {
        boolean test(String line);
    }

    /** A new segment after every tool line; the tool lines themselves are dropped. */
    private static List<Segment> split(List<Line> lines, boolean dots, Boundary isToolLine) {
        List<Segment> segments = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        for (Line line : lines) {
            if (isToolLine.test(line.text())) {
                flush(segments, current, dots);
            } else {
                current.add(line);
            }
        }
        flush(segments, current, dots);
        return segments;
    }

    private static void flush(List<Segment> segments, List<Line> current, boolean dots) {
        if (!current.isEmpty()) {
            segments.add(new Segment(current, dots));
            current.clear();
        }
    }

    /**
     * ngrep -W byline prints each CR as a dot before the line break: every line of a SIP packet ends in one,
     * and the empty line between headers and body is a lone dot. One final dot per line is taken off.
     */
    private static List<Segment> ngrep(List<Line> lines) {
        List<Segment> segments = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        for (Line line : lines) {
            String text = line.text();
            if (TraceFormat.NGREP_PACKET.matcher(text).matches() || NGREP_NOISE.matcher(text).matches()) {
                flush(segments, current, true);
            } else {
                String withoutCr = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
                current.add(new Line(line.number(), withoutCr));
            }
        }
        flush(segments, current, true);
        return segments;
    }

    /** tcpdump -X: the hex columns of each packet back into bytes, the IP and UDP/TCP headers skipped. */
    private static List<Segment> hexPackets(List<Line> lines) {
        List<Segment> segments = new ArrayList<>();
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        int firstLine = 0;
        for (Line line : lines) {
            String text = line.text();
            if (TraceFormat.TCPDUMP_HEX_LINE.matcher(text).lookingAt()) {
                if (packet.size() == 0) {
                    firstLine = line.number();
                }
                appendHex(text, packet);
            } else if (packet.size() > 0) {
                segments.add(packetSegment(packet.toByteArray(), firstLine));
                packet.reset();
            }
        }
        if (packet.size() > 0) {
            segments.add(packetSegment(packet.toByteArray(), firstLine));
        }
        return segments;
    }

    /** "\t0x0010:  7f00 0001 13c5 ... 494e 5649  ....INVI": the groups between ":  " and the two spaces before the ASCII. */
    private static void appendHex(String text, ByteArrayOutputStream packet) {
        int from = text.indexOf(':') + 3;
        int to = text.indexOf("  ", from);
        if (from < 3 || from > text.length()) {
            return;
        }
        String hex = text.substring(from, to < 0 ? text.length() : to);
        for (String group : hex.split(" ")) {
            if (group.length() != 2 && group.length() != 4) {
                return;
            }
            for (int i = 0; i < group.length(); i += 2) {
                int high = hexDigit(group.charAt(i));
                int low = hexDigit(group.charAt(i + 1));
                if (high < 0 || low < 0) {
                    return;
                }
                packet.write(high * 16 + low);
            }
        }
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    private static Segment packetSegment(byte[] bytes, int lineNumber) {
        int payload = Packets.payloadOffset(bytes);
        byte[] sip = new byte[bytes.length - payload];
        System.arraycopy(bytes, payload, sip, 0, sip.length);
        List<Line> lines = new ArrayList<>();
        for (Line line : new TraceDecoder.Decoded(TraceDecoder.text(sip), false, false).lines()) {
            lines.add(new Line(lineNumber, line.text()));
        }
        return new Segment(lines, false);
    }
}
