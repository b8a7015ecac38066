package io.github.sipstatus.example.report;

import io.github.sipstatus.example.UiMessages;
import io.github.sipstatus.sip.SipStatus;

/**
 * The support desk's policy for a status, as the table's own attributes give it, as one JSON object:
 * {@code {"countsAs": "BUSY", "countsAsText": "busy", "retryable": true, "escalate": false, "ticketQueue": null}}.
 * {@code countsAs} is the table's name of the outcome; {@code countsAsText} follows --locale.
 */
final class PolicyJson {

    private PolicyJson() {
    }

    static void write(JsonWriter json, SipStatus status, UiMessages ui) {
        json.beginObject()
                .name("countsAs").value(status.outcome().name())
                .name("countsAsText").value(ui.countsAs(status.outcome()))
                .name("retryable").value(status.retryable())
                .name("escalate").value(status.escalate())
                .name("ticketQueue").value(status.ticketQueue().orElse(null))
                .endObject();
    }
}
