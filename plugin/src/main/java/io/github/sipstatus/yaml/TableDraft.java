package io.github.sipstatus.yaml;

import io.github.sipstatus.diagnostics.Position;
import io.github.sipstatus.model.ResponseClass;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A table as read, before its translations are merged and checked: every structural rule already
 * holds, but a text may still lack locales. Each text keeps the position where a missing translation
 * would be written, so the completeness check can point there.
 */
record TableDraft(
        String file,
        Optional<String> name,
        Optional<String> provenance,
        List<Locale> locales,
        List<DraftCategory> categories,
        List<DraftCode> codes,
        List<CauseParser.DraftCause> causes,
        Map<Integer, OptionalInt> codeCauses) {

    /** A category; {@code title} may lack locales. */
    record DraftCategory(ResponseClass responseClass, Map<Locale, String> title, Position titleAt) {}

    /** A code; {@code message} and {@code hint} may lack locales, and {@code hint} is empty when absent. */
    record DraftCode(
            int code,
            String reasonPhrase,
            String constantName,
            OptionalInt rfc,
            Optional<String> deprecation,
            Map<Locale, String> message,
            Position messageAt,
            Map<Locale, String> hint,
            Position hintAt) {}
}
