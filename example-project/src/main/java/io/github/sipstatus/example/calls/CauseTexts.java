package io.github.sipstatus.example.calls;

import io.github.sipstatus.example.headers.ReasonValue;

import java.util.Locale;
import java.util.Optional;

/**
 * The text a Reason header's cause stands for, e.g. "User busy" for Q.850 cause 17, to show beside the text the
 * message itself carried. The one place a table of causes is consulted; see {@link TableCauseTexts}.
 */
public interface CauseTexts {

    /** Empty when the protocol or the cause is not known. */
    Optional<String> textOf(ReasonValue reason, Locale locale);
}
