package io.github.sipstatus.yaml;

import io.github.sipstatus.diagnostics.Position;
import io.github.sipstatus.input.BuiltInTable;
import io.github.sipstatus.model.Attribute;
import io.github.sipstatus.model.AttributeValue;
import io.github.sipstatus.model.ResponseClass;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A table as read, before its translations are merged and checked: every structural rule already
 * holds, but a text may still lack locales. Each text keeps the position where a missing translation
 * would be written, so the completeness check can point there. A table that extends a built-in one is
 * read into the whole result: the base's entries with the table's changes, then the table's new codes.
 *
 * @param base       the built-in table this one extends, if it does
 * @param localesAt  where the {@code locales} are written (the file's start when they are not)
 * @param causes     the Q.850 causes, empty when the table interworks with none
 * @param codeCauses each code's {@code q850} where the table gives one (empty: no cause)
 * @param attributes the table's own attributes, in declared order
 * @param codeAttributes each code's values for them, where it gives some
 */
record TableDraft(
        String file,
        Optional<BuiltInTable> base,
        Optional<String> name,
        Optional<String> provenance,
        List<Locale> locales,
        Position localesAt,
        List<DraftCategory> categories,
        List<DraftCode> codes,
        List<CauseParser.DraftCause> causes,
        Map<Integer, OptionalInt> codeCauses,
        List<Attribute> attributes,
        Map<Integer, Map<String, AttributeValue>> codeAttributes) {

    /**
     * A category; {@code title} may lack locales.
     *
     * @param at      where its entry starts
     * @param titleAt where a missing title belongs
     */
    record DraftCategory(ResponseClass responseClass, Map<Locale, String> title, Position at, Position titleAt) {}

    /**
     * A code; {@code message} and {@code hint} may lack locales, and {@code hint} is empty when absent.
     *
     * @param at where its entry starts
     */
    record DraftCode(
            int code,
            String reasonPhrase,
            String constantName,
            OptionalInt rfc,
            Optional<String> deprecation,
            Map<Locale, String> message,
            Position messageAt,
            Map<Locale, String> hint,
            Position hintAt,
            Position at) {}
}
