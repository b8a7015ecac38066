package io.github.sipstatus.example.report;

import io.github.sipstatus.example.UiMessages;
import io.github.sipstatus.example.calls.Response;

/** The hint for a response in its call: the table's, unless the request or the call says otherwise. */
final class Hints {

    private Hints() {
    }

    /** Empty when the table has no hint and the context adds none. */
    static java.util.Optional<String> hint(UiMessages ui, Response response) {
        return switch (response.context()) {
            case NONE -> response.explanation().status().hint(ui.locale());
            case REQUEST_ACCEPTED -> java.util.Optional.of(ui.format("context.requestAccepted", response.method().orElse("?")));
            case CALLER_CANCELLED -> java.util.Optional.of(ui.get("context.callerCancelled"));
        };
    }
}
