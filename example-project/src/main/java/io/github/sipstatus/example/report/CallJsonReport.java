package io.github.sipstatus.example.report;

import io.github.sipstatus.example.CategoryCounts;
import io.github.sipstatus.example.Explanation;
import io.github.sipstatus.example.UiMessages;
import io.github.sipstatus.example.calls.Call;
import io.github.sipstatus.example.calls.CallGrouper;
import io.github.sipstatus.example.calls.CauseTexts;
import io.github.sipstatus.example.calls.Exchange;
import io.github.sipstatus.example.calls.Outcome;
import io.github.sipstatus.example.calls.Response;
import io.github.sipstatus.example.headers.Challenge;
import io.github.sipstatus.example.headers.ReasonValue;
import io.github.sipstatus.example.headers.RetryAfter;
import io.github.sipstatus.example.trace.Problem;
import io.github.sipstatus.sip.SipStatus;
import io.github.sipstatus.sip.SipStatusCategory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts of {@link CallTextReport} for a script: one object per call, its responses in order. The shape is
 * documented in the example project's README; texts meant for people (message, hint, advice) follow --locale,
 * everything else is protocol text or a fixed name.
 */
public final class CallJsonReport {

    private final UiMessages ui;
    private final CauseTexts causeTexts;

    public CallJsonReport(UiMessages ui, CauseTexts causeTexts) {
        this.ui = ui;
        this.causeTexts = causeTexts;
    }

    public String document(String format, CallGrouper.Grouped grouped, List<Problem> problems) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("format").value(format);
        json.name("calls").beginArray();
        CategoryCounts counts = new CategoryCounts();
        for (Call call : grouped.calls()) {
            call(json, call, counts);
        }
        json.endArray();
        json.name("summary").beginObject()
                .name("calls").value(grouped.calls().size())
                .name("responses").value(counts.total())
                .name("duplicatesCountedOnce").value(grouped.duplicates())
                .name("byCategory").beginObject();
        for (Map.Entry<SipStatusCategory, Integer> entry : counts.asMap().entrySet()) {
            json.name(entry.getKey().name()).value(entry.getValue());
        }
        json.endObject().endObject();
        json.name("problems").beginArray();
        for (Problem problem : problems) {
            json.beginObject().name("line").value(problem.line()).name("text").value(problem.text())
                    .name("detail").value(problem.detail()).endObject();
        }
        return json.endArray().endObject().toString();
    }

    private void call(JsonWriter json, Call call, CategoryCounts counts) {
        json.beginObject();
        json.name("callId").value(call.callId().orElse(null));
        Outcome outcome = call.outcome();
        json.name("outcome").value(outcome.kind().jsonName());
        json.name("outcomeCode");
        if (outcome.decisive().isPresent()) {
            json.value(outcome.decisive().get().code());
        } else {
            json.nullValue();
        }
        json.name("endedWithBye").value(outcome.endedWithBye());
        json.name("requests").beginArray();
        for (Exchange exchange : call.exchanges()) {
            json.beginObject().name("method").value(exchange.method().orElse(null)).name("cseq");
            if (exchange.cseq().isPresent()) {
                json.value(exchange.cseq().getAsLong());
            } else {
                json.nullValue();
            }
            json.name("inTrace").value(exchange.request().isPresent()).endObject();
        }
        json.endArray();
        json.name("responses").beginArray();
        for (Response response : call.responses()) {
            response(json, response);
            counts.add(response.explanation().status().category());
        }
        json.endArray();
        json.endObject();
    }

    private void response(JsonWriter json, Response response) {
        Explanation explanation = response.explanation();
        SipStatus status = explanation.status();
        json.beginObject();
        json.name("line").value(response.message().line());
        json.name("cseq");
        if (response.cseq().isPresent()) {
            json.value(response.cseq().getAsLong());
        } else {
            json.nullValue();
        }
        json.name("method").value(response.method().orElse(null));
        json.name("statusLine").value(response.line().toString());
        json.name("code").value(response.code());
        json.name("reasonPhrase").value(response.line().reasonPhrase());
        json.name("hasTableReasonPhrase").value(response.line().hasTableReasonPhrase());
        json.name("inTable").value(!explanation.isResolvedFromUnknownCode());
        json.name("treatedAs").value(status.code());
        json.name("tableReasonPhrase").value(status.reasonPhrase());
        json.name("category").value(status.category().name());
        json.name("final").value(response.isFinal());
        json.name("context").value(response.context().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        json.name("message").value(status.message(ui.locale()));
        json.name("hint").value(Hints.hint(ui, response).orElse(null));
        json.name("advice").value(explanation.advice().name());
        json.name("adviceText").value(ui.advice(explanation.advice()));
        json.name("policy");
        PolicyJson.write(json, status, ui);
        json.name("retryAfter");
        retryAfter(json, response.retryAfter());
        json.name("reasons").beginArray();
        for (ReasonValue reason : response.reasons()) {
            reason(json, reason);
        }
        json.endArray();
        json.name("challenges").beginArray();
        for (Challenge challenge : response.challenges()) {
            json.beginObject().name("header").value(challenge.header()).name("scheme").value(challenge.scheme())
                    .name("realm").value(challenge.realm().orElse(null)).endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void retryAfter(JsonWriter json, Optional<RetryAfter> retryAfter) {
        if (retryAfter.isEmpty()) {
            json.nullValue();
            return;
        }
        RetryAfter value = retryAfter.get();
        json.beginObject().name("seconds").value(value.seconds())
                .name("comment").value(value.comment().isEmpty() ? null : value.comment())
                .name("duration");
        if (value.duration().isPresent()) {
            json.value(value.duration().getAsLong());
        } else {
            json.nullValue();
        }
        parameters(json, value.parameters());
        json.endObject();
    }

    private void reason(JsonWriter json, ReasonValue reason) {
        json.beginObject().name("protocol").value(reason.protocol()).name("cause");
        if (reason.cause().isPresent()) {
            json.value(reason.cause().getAsLong());
        } else {
            json.nullValue();
        }
        json.name("causeText").value(causeTexts.textOf(reason, ui.locale()).orElse(null));
        json.name("text").value(reason.text().isEmpty() ? null : reason.text());
        parameters(json, reason.parameters());
        json.endObject();
    }

    private static void parameters(JsonWriter json, Map<String, String> parameters) {
        json.name("parameters").beginObject();
        // Map.copyOf loses the order: sorted, so the output is the same every run.
        for (Map.Entry<String, String> entry : new java.util.TreeMap<>(parameters).entrySet()) {
            json.name(entry.getKey()).value(entry.getValue());
        }
        json.endObject();
    }
}
