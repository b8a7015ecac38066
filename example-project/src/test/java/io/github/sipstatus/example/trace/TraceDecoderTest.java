package io.github.sipstatus.example.trace;

import io.github.sipstatus.example.Captures;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TraceDecoderTest {

    @Test
    void utf8WhenValidLatin1Otherwise() {
        assertThat(TraceDecoder.text("Occupé €".getBytes(StandardCharsets.UTF_8))).isEqualTo("Occupé €");
        assertThat(TraceDecoder.text("Occupé".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("Occupé");
        assertThat(TraceDecoder.text(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'O', 'K'})).isEqualTo("OK");
        assertThat(TraceDecoder.text(new byte[] {0, (byte) 0xff, (byte) 0x80})).isEqualTo("\u0000\u00ff\u0080");
    }

    @Test
    void linesEndAtLfWithTheirCrDropped() {
        assertThat(TraceDecoder.decode("a\r\nb\n\nc\r".getBytes(StandardCharsets.US_ASCII)).lines())
                .extracting(Line::number, Line::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "a"), org.assertj.core.groups.Tuple.tuple(2, "b"),
                        org.assertj.core.groups.Tuple.tuple(3, ""), org.assertj.core.groups.Tuple.tuple(4, "c"));
        assertThat(TraceDecoder.decode(new byte[0]).lines()).isEmpty();
    }

    @Test
    void pcapAndPcapngAreBinaryCaptures() {
        assertThat(TraceDecoder.decode(Captures.bytes("capture-busy.pcap")).binaryCapture()).isTrue();
        assertThat(TraceDecoder.decode(new byte[] {0x0a, 0x0d, 0x0d, 0x0a, 0, 0}).binaryCapture()).isTrue();
        assertThat(TraceDecoder.decode(new byte[] {(byte) 0xa1, (byte) 0xb2, 0x3c, 0x4d}).binaryCapture()).isTrue();
        assertThat(TraceDecoder.decode(Captures.bytes("tcpdump-A.txt")).binaryCapture()).isFalse();
    }

    @Test
    void inputPastTheLimitIsCutAndSaysSo() throws IOException {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'x');
                return length;
            }
        };

        TraceDecoder.Decoded decoded = TraceDecoder.read(endless);

        assertThat(decoded.truncated()).isTrue();
        assertThat(decoded.text()).hasSize(TraceDecoder.MAX_BYTES);
        assertThat(TraceDecoder.read(new ByteArrayInputStream(new byte[10])).truncated()).isFalse();
    }
}
