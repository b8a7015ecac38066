package io.github.sipstatus.example;

import io.github.sipstatus.example.calls.Call;
import io.github.sipstatus.example.calls.CallGrouper;
import io.github.sipstatus.example.calls.Exchange;
import io.github.sipstatus.example.calls.Response;
import io.github.sipstatus.example.trace.Trace;
import io.github.sipstatus.example.trace.TraceDecoder;
import io.github.sipstatus.example.trace.TraceReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The committed captures in src/test/resources/traces (see the README there) and a short form of their calls. */
public final class Captures {

    /** The ten calls of one run of make-captures.sh, as every full capture of that run shows them. */
    public static final List<String> ALL_CALLS = List.of(
            "1-28914@127.0.0.1 answered 200 bye: INVITE 1 [100 180 200] | ACK 1 [] | BYE 2 [200]",
            "1-28935@127.0.0.1 failed 486: INVITE 1 [100 486] | ACK 1 []",
            "1-28939@127.0.0.1 failed 503: INVITE 1 [503] | ACK 1 []",
            "1-28943@127.0.0.1 request-accepted 200: REGISTER 1 [401] | REGISTER 2 [200]",
            "1-28951@127.0.0.1 answered 200 bye: INVITE 1 [407] | ACK 1 [] | INVITE 2 [180 200] | ACK 2 [] | BYE 3 [200]",
            "1-28956@127.0.0.1 cancelled-by-caller 487: INVITE 1 [100 180 487] | CANCEL 1 [200] | ACK 1 []",
            "1-29012@127.0.0.1 failed 580: INVITE 1 [155 580] | ACK 1 [] | OPTIONS 2 [499]",
            "1-29058@127.0.0.1 failed 480: INVITE 1 [480] | ACK 1 []",
            "1-29071@127.0.0.1 failed 600: INVITE 1 [100 600] | ACK 1 []",
            "1-29078@127.0.0.1 failed 486: INVITE 1 [486] | ACK 1 []");

    /** The registration went over TCP, the other calls over UDP. */
    public static final String REGISTER_CALL = ALL_CALLS.get(3);

    private Captures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Captures.class.getResourceAsStream("/traces/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no capture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Trace trace(String name) {
        return TraceReader.read(TraceDecoder.decode(bytes(name)).lines());
    }

    public static CallGrouper.Grouped calls(String name) {
        return CallGrouper.group(trace(name).messages());
    }

    /** "Call-ID outcome code [bye]: METHOD CSeq [codes] | ...", one string a call. */
    public static List<String> describe(CallGrouper.Grouped grouped) {
        List<String> calls = new ArrayList<>();
        for (Call call : grouped.calls()) {
            StringBuilder text = new StringBuilder(call.callId().orElse("-"))
                    .append(' ').append(call.outcome().kind().jsonName());
            call.outcome().decisive().ifPresent(response -> text.append(' ').append(response.code()));
            if (call.outcome().endedWithBye()) {
                text.append(" bye");
            }
            text.append(':');
            String separator = " ";
            for (Exchange exchange : call.exchanges()) {
                text.append(separator).append(exchange.method().orElse("?")).append(' ')
                        .append(exchange.cseq().isPresent() ? String.valueOf(exchange.cseq().getAsLong()) : "?").append(" [");
                String space = "";
                for (Response response : exchange.responses()) {
                    text.append(space).append(response.code());
                    space = " ";
                }
                text.append(']');
                separator = " | ";
            }
            calls.add(text.toString());
        }
        return calls;
    }

    /** Every response of every call, in order. */
    public static List<Response> responses(CallGrouper.Grouped grouped) {
        List<Response> responses = new ArrayList<>();
        for (Call call : grouped.calls()) {
            for (Exchange exchange : call.exchanges()) {
                responses.addAll(exchange.responses());
            }
        }
        return responses;
    }
}
