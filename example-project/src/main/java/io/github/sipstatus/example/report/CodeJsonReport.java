package io.github.sipstatus.example.report;

import io.github.sipstatus.example.CategoryCounts;
import io.github.sipstatus.example.Explanation;
import io.github.sipstatus.example.ParsedInput;
import io.github.sipstatus.example.ReportFormatter;
import io.github.sipstatus.example.UiMessages;
import io.github.sipstatus.sip.Q850Cause;
import io.github.sipstatus.sip.SipStatus;
import io.github.sipstatus.sip.SipStatusCategory;
import io.github.sipstatus.sip.SipStatusLine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Codes, status lines and Q.850 causes given as arguments (or piped as a list of codes), for a script: the
 * facts of {@link ReportFormatter}'s blocks, with the names of {@link CallJsonReport}'s responses. The shape
 * is documented in the example project's README; texts meant for people follow --locale.
 */
public final class CodeJsonReport {

    private final UiMessages ui;
    private final ReportFormatter formatter;

    public CodeJsonReport(UiMessages ui) {
        this.ui = ui;
        this.formatter = new ReportFormatter(ui);
    }

    public String document(List<ParsedInput> inputs) {
        JsonWriter json = new JsonWriter().beginObject();
        CategoryCounts counts = new CategoryCounts();
        json.name("responses").beginArray();
        for (ParsedInput input : inputs) {
            if (input instanceof ParsedInput.StatusCode statusCode) {
                Explanation explanation = Explanation.of(statusCode);
                response(json, explanation);
                counts.add(explanation.status().category());
            }
        }
        json.endArray();
        json.name("causes").beginArray();
        for (ParsedInput input : inputs) {
            if (input instanceof ParsedInput.Cause cause) {
                cause(json, cause.cause());
            }
        }
        json.endArray();
        json.name("summary").beginObject().name("responses").value(counts.total()).name("byCategory").beginObject();
        for (Map.Entry<SipStatusCategory, Integer> entry : counts.asMap().entrySet()) {
            json.name(entry.getKey().name()).value(entry.getValue());
        }
        json.endObject().endObject();
        json.name("problems").beginArray();
        for (ParsedInput input : inputs) {
            if (input instanceof ParsedInput.Invalid invalid) {
                json.beginObject().name("text").value(invalid.input().strip())
                        .name("detail").value(formatter.errorText(invalid)).endObject();
            }
        }
        return json.endArray().endObject().toString();
    }

    private void response(JsonWriter json, Explanation explanation) {
        SipStatus status = explanation.status();
        Optional<SipStatusLine> received = explanation.received();
        json.beginObject();
        // A bare code came in no line: the fields of a received line are null for it.
        json.name("statusLine").value(received.map(SipStatusLine::toString).orElse(null));
        json.name("code").value(explanation.receivedCode());
        json.name("reasonPhrase").value(received.map(SipStatusLine::reasonPhrase).orElse(null));
        json.name("inTable").value(!explanation.isResolvedFromUnknownCode());
        json.name("treatedAs").value(status.code());
        json.name("tableReasonPhrase").value(status.reasonPhrase());
        json.name("category").value(status.category().name());
        json.name("final").value(status.isFinal());
        json.name("message").value(status.message(ui.locale()));
        json.name("hint").value(status.hint(ui.locale()).orElse(null));
        json.name("advice").value(explanation.advice().name());
        json.name("adviceText").value(ui.advice(explanation.advice()));
        json.name("policy");
        PolicyJson.write(json, status, ui);
        json.endObject();
    }

    private void cause(JsonWriter json, int value) {
        Optional<Q850Cause> listed = Q850Cause.of(value);
        json.beginObject().name("cause").value(value).name("inTable").value(listed.isPresent());
        json.name("name").value(listed.map(Q850Cause::text).orElse(null));
        json.name("message").value(listed.map(cause -> cause.message(ui.locale())).orElse(null));
        json.name("sip");
        Optional<SipStatus> response = Q850Cause.toSipStatus(value);
        if (response.isPresent()) {
            json.value(response.get().code());
        } else {
            json.nullValue();
        }
        json.endObject();
    }
}
