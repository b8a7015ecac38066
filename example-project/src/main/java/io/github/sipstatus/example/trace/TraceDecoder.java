package io.github.sipstatus.example.trace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a trace into text without ever failing: UTF-8 when the bytes are valid UTF-8, otherwise
 * ISO-8859-1, which maps every byte to one character, so Latin-1 logs, NULs and binary junk all decode.
 */
public final class TraceDecoder {

    /** More than any trace a person pastes; past it the input is cut and the cut reported, so memory stays bounded. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    private TraceDecoder() {
    }

    /**
     * The decoded input.
     *
     * @param truncated     whether the input was longer than {@link #MAX_BYTES} and only its start was read
     * @param binaryCapture whether the bytes are a pcap or pcapng file rather than text
     */
    public record Decoded(String text, boolean truncated, boolean binaryCapture) {

        /** The lines, split at LF with a CR before it dropped; a final line break adds no empty line. */
        public List<Line> lines() {
            List<Line> lines = new ArrayList<>();
            int start = 0;
            int number = 1;
            int length = text.length();
            while (start < length) {
                int end = text.indexOf('\n', start);
                int next = end < 0 ? length : end + 1;
                int stop = end < 0 ? length : end;
                if (stop > start && text.charAt(stop - 1) == '\r') {
                    stop--;
                }
                lines.add(new Line(number++, text.substring(start, stop)));
                start = next;
            }
            return lines;
        }
    }

    public static Decoded read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        boolean truncated = bytes.length > MAX_BYTES;
        if (truncated) {
            // Drop the byte that proved the input too long; it is not part of what was read.
            byte[] kept = new byte[MAX_BYTES];
            System.arraycopy(bytes, 0, kept, 0, MAX_BYTES);
            bytes = kept;
        }
        return decode(bytes, truncated);
    }

    public static Decoded decode(byte[] bytes) {
        return decode(bytes, false);
    }

    private static Decoded decode(byte[] bytes, boolean truncated) {
        return new Decoded(text(bytes), truncated, isBinaryCapture(bytes));
    }

    /** Decodes bytes as UTF-8 when they are valid UTF-8 (a BOM dropped), else as ISO-8859-1. */
    public static String text(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            // Not UTF-8: a Latin-1 log, or bytes that are no text at all. ISO-8859-1 cannot fail.
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** pcap (both byte orders, micro- and nanosecond variants) and pcapng section headers. */
    static boolean isBinaryCapture(byte[] bytes) {
        if (bytes.length < 4) {
            return false;
        }
        long magic = ((bytes[0] & 0xffL) << 24) | ((bytes[1] & 0xffL) << 16) | ((bytes[2] & 0xffL) << 8) | (bytes[3] & 0xffL);
        return magic == 0xa1b2c3d4L || magic == 0xd4c3b2a1L || magic == 0xa1b23c4dL || magic == 0x4d3cb2a1L
                || magic == 0x0a0d0d0aL;
    }
}
