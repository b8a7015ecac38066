package io.github.sipstatus.example.trace;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MessageSplitterTest {

    private static List<SipMessage> messages(String text) {
        return TraceReader.read(TraceDecoder.decode(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).lines()).messages();
    }

    private static List<String> startLines(String text) {
        return messages(text).stream().map(message -> message.startLine().toString()).toList();
    }

    @Test
    void onlyStartLinesStartMessages() {
        String trace = String.join("\n",
                "INVITE sip:bob@example.com SIP/2.0",
                "Via: SIP/2.0/UDP pc33.example.com;branch=z9hG4bK776asdhds",
                "To: Bob <sip:bob@example.com>",
                "Content-Length: 0",
                "",
                "SIP/2.0 100 Trying",
                "Via: SIP/2.0/UDP pc33.example.com;branch=z9hG4bK776asdhds",
                "SIP/2.0 180 Ringing",
                "v=0",
                "SIP/2.0 486 Busy Here\r",
                "ACK sip:bob@example.com SIP/2.0");

        assertThat(startLines(trace)).containsExactly("INVITE sip:bob@example.com SIP/2.0", "SIP/2.0 100 Trying",
                "SIP/2.0 180 Ringing", "SIP/2.0 486 Busy Here", "ACK sip:bob@example.com SIP/2.0");
    }

    @Test
    void foldedHeadersAreUnfoldedAndTheirNumbersAreNoResponses() {
        List<SipMessage> messages = messages("SIP/2.0 503 Service Unavailable\r\nRetry-After:\r\n 300\r\n\t(overloaded)\r\n"
                + "  ;duration=600\r\nContent-Length:\r\n 0\r\n\r\n");

        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.header(HeaderNames.RETRY_AFTER)).contains("300 (overloaded) ;duration=600");
            assertThat(message.header(HeaderNames.CONTENT_LENGTH)).contains("0");
        });
    }

    @Test
    void compactNamesAreExpandedAndNamesAreCaseInsensitive() {
        SipMessage message = messages("SIP/2.0 200 OK\ni: abc@host\nv: SIP/2.0/UDP h\nCSEQ: 1 INVITE\nl: 0\n\n").get(0);

        assertThat(message.header(HeaderNames.CALL_ID)).contains("abc@host");
        assertThat(message.header("Via")).contains("SIP/2.0/UDP h");
        assertThat(message.header(HeaderNames.CSEQ)).contains("1 INVITE");
        assertThat(message.headers()).extracting(Header::received).containsExactly("i", "v", "CSEQ", "l");
    }

    @Test
    void lfAndCrlfGiveTheSameMessages() {
        String lf = "INVITE sip:a@b SIP/2.0\nCall-ID: 1\nContent-Length: 5\n\nv=0\n\nSIP/2.0 200 OK\nCall-ID: 1\n\n";
        List<String> withLf = messages(lf).stream().map(SipMessage::identity).toList();
        List<String> withCrlf = messages(lf.replace("\n", "\r\n")).stream().map(SipMessage::identity).toList();

        assertThat(withLf).hasSize(2).isEqualTo(withCrlf);
    }

    @Test
    void aBodyOfKnownLengthIsReadWholeEvenWhenItHoldsAStatusLine() {
        // NOTIFY for a REFER carries a message/sipfrag body: the status line in it is no response of the trace.
        String notify = "NOTIFY sip:a@b SIP/2.0\r\nCall-ID: 1\r\nContent-Type: message/sipfrag\r\nContent-Length: 20\r\n\r\n"
                + "SIP/2.0 100 Trying\r\n";

        assertThat(startLines(notify)).containsExactly("NOTIFY sip:a@b SIP/2.0");
        assertThat(messages(notify).get(0).body()).isEqualTo("SIP/2.0 100 Trying\n");
    }

    @Test
    void aBodyWithoutLengthEndsAtTheNextStartLine() {
        assertThat(startLines("INVITE sip:a@b SIP/2.0\nCall-ID: 1\n\nv=0\no=- 1 1 IN IP4 h\nSIP/2.0 180 Ringing\n"))
                .containsExactly("INVITE sip:a@b SIP/2.0", "SIP/2.0 180 Ringing");
    }

    @Test
    void aMessageCutShortEndsAtALineThatIsNoHeader() {
        List<SipMessage> messages = messages("SIP/2.0 486 Busy Here\nCall-ID: 1\n----- and then the log went on\nCSeq: 2 BYE\n");

        assertThat(messages).singleElement().satisfies(message -> assertThat(message.header(HeaderNames.CSEQ)).isEmpty());
    }

    @Test
    void ngrepsDotsAreTakenOffAndItsDottedTabIsAFold() {
        String ngrep = String.join("\n", "interface: lo (127.0.0.0/255.0.0.0)", "#", "U 127.0.0.1:5060 -> 127.0.0.1:5061 #1",
                "SIP/2.0 480 Temporarily Unavailable.", "Retry-After:.", "  300 (lunch break).", ".;duration=1800.",
                "Content-Length: 0.", ".", "", "#", "U 127.0.0.1:5060 -> 127.0.0.1:5061 #2", "SIP/2.0 200 OK.", ".", "");
        List<SipMessage> messages = messages(ngrep);

        assertThat(messages).extracting(message -> message.startLine().toString())
                .containsExactly("SIP/2.0 480 Temporarily Unavailable", "SIP/2.0 200 OK");
        assertThat(messages.get(0).header(HeaderNames.RETRY_AFTER)).contains("300 (lunch break) ;duration=1800");
    }
}
