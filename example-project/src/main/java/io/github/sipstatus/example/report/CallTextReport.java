package io.github.sipstatus.example.report;

import io.github.sipstatus.example.ReportFormatter;
import io.github.sipstatus.example.UiMessages;
import io.github.sipstatus.example.calls.Call;
import io.github.sipstatus.example.calls.CauseTexts;
import io.github.sipstatus.example.calls.Exchange;
import io.github.sipstatus.example.calls.Outcome;
import io.github.sipstatus.example.calls.Response;
import io.github.sipstatus.example.headers.Challenge;
import io.github.sipstatus.example.headers.ReasonValue;
import io.github.sipstatus.example.headers.RetryAfter;
import io.github.sipstatus.sip.SipStatusLine;

import java.util.ArrayList;
import java.util.List;

/**
 * A call as a person reads it, for example:
 * <pre>
 * Call 1-2@127.0.0.1: cancelled by the caller (CANCEL, then 487 Request Terminated)
 *   INVITE (CSeq 1)
 *     100 Trying (Informational)
 *     487 Request Terminated (Client Error)
 *       Message: Request terminated
 *       Hint:    The caller cancelled the call ...
 *       Advice:  Nothing to do: ...
 *   CANCEL (CSeq 1)
 *     200 OK (Success)
 *       ...
 * </pre>
 * Final responses get the whole block, provisional ones their line. Pure: no printing here.
 */
public final class CallTextReport {

    private static final String EXCHANGE_INDENT = "  ";
    private static final String RESPONSE_INDENT = "    ";

    private final UiMessages ui;
    private final ReportFormatter formatter;
    private final CauseTexts causeTexts;

    public CallTextReport(UiMessages ui, CauseTexts causeTexts) {
        this.ui = ui;
        this.formatter = new ReportFormatter(ui);
        this.causeTexts = causeTexts;
    }

    public List<String> call(Call call) {
        List<String> lines = new ArrayList<>();
        String title = call.callId().map(id -> ui.format("call.title", id)).orElse(ui.get("call.noCallId"));
        lines.add(title + ": " + outcome(call.outcome()));
        for (Exchange exchange : call.exchanges()) {
            lines.add(EXCHANGE_INDENT + exchange(exchange));
            for (Response response : exchange.responses()) {
                for (String line : response(exchange, response)) {
                    lines.add(RESPONSE_INDENT + line);
                }
            }
        }
        return lines;
    }

    public String outcome(Outcome outcome) {
        String status = outcome.decisive().map(response -> statusText(response.line())).orElse("");
        return switch (outcome.kind()) {
            case ANSWERED -> ui.get(outcome.endedWithBye() ? "outcome.answeredEndedWithBye" : "outcome.answered");
            case CANCELLED_BY_CALLER -> ui.format("outcome.cancelledByCaller", status);
            case REDIRECTED -> ui.format("outcome.redirected", status);
            case FAILED -> ui.format("outcome.failed", status);
            case REQUEST_ACCEPTED -> ui.format("outcome.requestAccepted", outcome.method().orElse("?"), status);
            case NO_FINAL_RESPONSE -> ui.get("outcome.noFinalResponse");
        };
    }

    private String exchange(Exchange exchange) {
        String method = exchange.method().orElse(ui.get("exchange.unknownMethod"));
        String line = exchange.cseq().isPresent()
                ? ui.format("exchange.withCSeq", method, String.valueOf(exchange.cseq().getAsLong()))
                : method;
        return exchange.request().isPresent() || exchange.method().isEmpty() ? line : line + " " + ui.get("exchange.requestNotInTrace");
    }

    private List<String> response(Exchange exchange, Response response) {
        if (!response.isFinal()) {
            List<String> lines = new ArrayList<>(formatter.headline(response.explanation()));
            response.explanation().receivedWithOwnPhrase()
                    .ifPresent(line -> lines.add("  " + ui.get("label.received") + ": " + line));
            return lines;
        }
        List<ReportFormatter.Row> rows = new ArrayList<>();
        response.retryAfter().ifPresent(retryAfter -> rows.add(new ReportFormatter.Row(ui.get("label.retryAfter"), retryAfter(retryAfter))));
        for (ReasonValue reason : response.reasons()) {
            rows.add(new ReportFormatter.Row(ui.get("label.reason"), reason(reason)));
        }
        for (Challenge challenge : response.challenges()) {
            rows.add(new ReportFormatter.Row(ui.get("label.challenge"), challenge(challenge)));
        }
        return formatter.explanation(response.explanation(), Hints.hint(ui, response), rows);
    }

    /** "300 seconds (overloaded), for 600 seconds". */
    public String retryAfter(RetryAfter retryAfter) {
        StringBuilder text = new StringBuilder(ui.format("retryAfter.seconds", String.valueOf(retryAfter.seconds())));
        if (!retryAfter.comment().isEmpty()) {
            text.append(" (").append(retryAfter.comment()).append(')');
        }
        retryAfter.duration().ifPresent(duration -> text.append(ui.format("retryAfter.duration", String.valueOf(duration))));
        return text.toString();
    }

    /** "Q.850 cause 17, text \"User busy\"", with the cause's own text in parentheses when it is known. */
    public String reason(ReasonValue reason) {
        StringBuilder text = new StringBuilder(reason.protocol());
        if (reason.cause().isPresent()) {
            text.append(' ').append(ui.format("reason.cause", String.valueOf(reason.cause().getAsLong())));
            causeTexts.textOf(reason, ui.locale()).ifPresent(causeText -> text.append(" (").append(causeText).append(')'));
        }
        if (!reason.text().isEmpty()) {
            text.append(", ").append(ui.format("reason.text", reason.text()));
        }
        return text.toString();
    }

    /** "Digest, realm \"biloxi.example.com\" (WWW-Authenticate)". */
    public String challenge(Challenge challenge) {
        return challenge.realm()
                .map(realm -> ui.format("challenge.withRealm", challenge.scheme(), realm, challenge.header()))
                .orElseGet(() -> ui.format("challenge.withoutRealm", challenge.scheme(), challenge.header()));
    }

    /** The code and the phrase as received: "499 Peer Says No Thanks". */
    static String statusText(SipStatusLine line) {
        return line.code() + " " + line.reasonPhrase();
    }
}
