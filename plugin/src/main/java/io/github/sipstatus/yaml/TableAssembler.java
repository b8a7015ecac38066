package io.github.sipstatus.yaml;

import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.diagnostics.Position;
import io.github.sipstatus.model.Category;
import io.github.sipstatus.model.LocalizedText;
import io.github.sipstatus.model.MissingTranslations;
import io.github.sipstatus.model.Q850Cause;
import io.github.sipstatus.model.Q850Interworking;
import io.github.sipstatus.model.ResponseClass;
import io.github.sipstatus.model.StatusCode;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.yaml.TableDraft.DraftCategory;
import io.github.sipstatus.yaml.TableDraft.DraftCode;
import io.github.sipstatus.yaml.OverlayDraft.Located;
import io.github.sipstatus.yaml.OverlayDraft.OverlayCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lays overlays over a table, keeps the selected locales, checks that every kept locale has every
 * text (like cal10n, but against the YAML and at its positions), and only then builds the model.
 */
final class TableAssembler {

    private final TableDraft table;
    private final List<Locale> locales;
    private final Map<ResponseClass, Map<Locale, String>> titles = new EnumMap<>(ResponseClass.class);
    private final Map<Integer, Map<Locale, String>> messages = new LinkedHashMap<>();
    private final Map<Integer, Map<Locale, String>> hints = new LinkedHashMap<>();
    private final Map<Integer, Map<Locale, String>> causeMessages = new LinkedHashMap<>();
    /** Where an overlay's {@code causes} key is, per locale: a cause message it lacks belongs there. */
    private final Map<Locale, Position> overlayCausesAt = new HashMap<>();
    /** Where the missing texts of a locale an overlay brought are to be written: in that overlay. */
    private final Map<Locale, Position> overlayLocaleAt = new HashMap<>();
    private final Map<Locale, Position> overlayTitlesAt = new HashMap<>();
    /** Where an overlay's entry for one code is, per locale: a text it lacks belongs there. */
    private final Map<Locale, Map<Integer, Position>> overlayEntryAt = new HashMap<>();
    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();
    private List<Locale> kept = List.of();

    private TableAssembler(TableDraft table) {
        this.table = table;
        this.locales = new ArrayList<>(table.locales());
        for (DraftCategory category : table.categories()) {
            titles.put(category.responseClass(), new LinkedHashMap<>(category.title()));
        }
        for (DraftCode code : table.codes()) {
            messages.put(code.code(), new LinkedHashMap<>(code.message()));
            hints.put(code.code(), new LinkedHashMap<>(code.hint()));
        }
        for (CauseParser.DraftCause cause : table.causes()) {
            causeMessages.put(cause.cause(), new LinkedHashMap<>(cause.message()));
        }
    }

    /**
     * Merges, selects and checks; the problems are then in {@link #errors()} and {@link #warnings()}.
     *
     * @param selection              the locales to keep (the default locale is always kept), or empty for all
     * @param policy                 whether missing translations are errors or warnings
     * @param undeclaredTranslations texts in undeclared locales found while reading, subject to the same policy
     */
    static TableAssembler assemble(TableDraft table, List<OverlayDraft> overlays, Optional<List<String>> selection,
            MissingTranslations policy, List<Diagnostic> undeclaredTranslations) {
        TableAssembler assembler = new TableAssembler(table);
        if (assembler.locales.isEmpty()) {
            // The locales list itself was wrong, and said so: there is no default locale to check against,
            // and an overlay's locale must not take its place.
            return assembler;
        }
        for (OverlayDraft overlay : overlays) {
            assembler.apply(overlay);
        }
        assembler.kept = assembler.select(selection);
        List<Diagnostic> translations = new ArrayList<>(undeclaredTranslations);
        assembler.checkCompleteness(assembler.kept, translations);
        assembler.checkCauses(assembler.kept, translations);
        (policy == MissingTranslations.FAIL ? assembler.errors : assembler.warnings).addAll(translations);
        return assembler;
    }

    List<Diagnostic> errors() {
        return List.copyOf(errors);
    }

    /** The warnings in file order, unmodifiable. */
    List<Diagnostic> warnings() {
        List<Diagnostic> sorted = new ArrayList<>(warnings);
        Collections.sort(sorted);
        return Collections.unmodifiableList(sorted);
    }

    /** The model; only for a draft without structural problems and an assembly without errors. */
    StatusTable build() {
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the table has errors: " + errors);
        }
        return build(kept);
    }

    private void apply(OverlayDraft overlay) {
        Locale locale = overlay.locale();
        if (!locales.contains(locale)) {
            locales.add(locale);
            overlayLocaleAt.put(locale, overlay.missingAt());
            overlayTitlesAt.put(locale, overlay.titlesAt());
        }
        for (Map.Entry<ResponseClass, Located> entry : overlay.titles().entrySet()) {
            ResponseClass responseClass = entry.getKey();
            Located title = entry.getValue();
            Map<Locale, String> texts = titles.get(responseClass);
            if (texts == null) {
                errors.add(title.at().diagnostic("category " + responseClass.digit()
                        + ": the table has no such category to translate"));
            } else {
                texts.put(locale, title.text());
            }
        }
        applyCauses(overlay);
        for (Map.Entry<Integer, OverlayCode> entry : overlay.codes().entrySet()) {
            Integer code = entry.getKey();
            OverlayCode texts = entry.getValue();
            if (!messages.containsKey(code)) {
                errors.add(texts.at().diagnostic("code " + code + ": the table has no such code to translate"));
                continue;
            }
            Map<Integer, Position> entriesAt = overlayEntryAt.get(locale);
            if (entriesAt == null) {
                entriesAt = new HashMap<>();
                overlayEntryAt.put(locale, entriesAt);
            }
            entriesAt.put(code, texts.at());
            if (texts.message().isPresent()) {
                messages.get(code).put(locale, texts.message().get());
            }
            if (texts.hint().isPresent()) {
                hints.get(code).put(locale, texts.hint().get());
            }
        }
    }

    private void applyCauses(OverlayDraft overlay) {
        if (!overlay.causes().isEmpty()) {
            overlayCausesAt.put(overlay.locale(), overlay.causesAt());
        }
        for (Map.Entry<Integer, Located> entry : overlay.causes().entrySet()) {
            Map<Locale, String> texts = causeMessages.get(entry.getKey());
            if (texts == null) {
                errors.add(entry.getValue().at().diagnostic("cause " + entry.getKey()
                        + ": the table has no such cause to translate"));
            } else {
                texts.put(overlay.locale(), entry.getValue().text());
            }
        }
    }

    private List<Locale> select(Optional<List<String>> selection) {
        if (selection.isEmpty()) {
            return locales;
        }
        List<Locale> wanted = new ArrayList<>();
        for (String tag : selection.get()) {
            Locale locale = Locale.forLanguageTag(tag.strip());
            if (!locales.contains(locale)) {
                errors.add(Diagnostic.ofConfiguration("parameter 'locales': the table has no locale '" + tag.strip()
                        + "'; it has " + languageTags(locales)));
            }
            wanted.add(locale);
        }
        Locale defaultLocale = locales.get(0);
        List<Locale> selected = new ArrayList<>();
        for (Locale locale : locales) {
            if (locale.equals(defaultLocale) || wanted.contains(locale)) {
                selected.add(locale);
            }
        }
        return Collections.unmodifiableList(selected);
    }

    private static String languageTags(List<Locale> locales) {
        List<String> tags = new ArrayList<>();
        for (Locale locale : locales) {
            tags.add(locale.toLanguageTag());
        }
        return String.join(", ", tags);
    }

    private void checkCompleteness(List<Locale> kept, List<Diagnostic> translations) {
        Locale defaultLocale = locales.get(0);
        for (DraftCategory category : table.categories()) {
            Map<Locale, String> texts = titles.get(category.responseClass());
            String context = "category " + category.responseClass().digit() + ": ";
            for (Locale locale : kept) {
                if (!texts.containsKey(locale)) {
                    Position at = overlayTitlesAt.getOrDefault(locale, category.titleAt());
                    report(locale, defaultLocale, at, context + "no " + locale.toLanguageTag() + " title", translations);
                }
            }
        }
        for (DraftCode code : table.codes()) {
            String context = "code " + code.code() + ": ";
            for (Locale locale : kept) {
                // A text an overlay's locale lacks belongs in that overlay: in its entry for the code, if it has one.
                Position overlayAt = overlayEntryAt.getOrDefault(locale, Map.of())
                        .getOrDefault(code.code(), overlayLocaleAt.get(locale));
                if (!messages.get(code.code()).containsKey(locale)) {
                    report(locale, defaultLocale, overlayAt != null ? overlayAt : code.messageAt(),
                            context + "no " + locale.toLanguageTag() + " message", translations);
                }
                Map<Locale, String> hint = hints.get(code.code());
                if (!hint.isEmpty() && !hint.containsKey(locale)) {
                    report(locale, defaultLocale, overlayAt != null ? overlayAt : code.hintAt(),
                            context + "no " + locale.toLanguageTag() + " hint", translations);
                }
            }
        }
    }

    private void checkCauses(List<Locale> kept, List<Diagnostic> translations) {
        Locale defaultLocale = locales.get(0);
        for (CauseParser.DraftCause cause : table.causes()) {
            for (Locale locale : kept) {
                if (!causeMessages.get(cause.cause()).containsKey(locale)) {
                    Position overlayAt = overlayCausesAt.getOrDefault(locale, overlayLocaleAt.get(locale));
                    report(locale, defaultLocale, overlayAt != null ? overlayAt : cause.messageAt(),
                            "cause " + cause.cause() + ": no " + locale.toLanguageTag() + " message", translations);
                }
            }
        }
    }

    /** A text missing in the default locale has nothing to fall back to: always an error. */
    private void report(Locale locale, Locale defaultLocale, Position at, String message, List<Diagnostic> translations) {
        if (locale.equals(defaultLocale)) {
            errors.add(at.diagnostic(message + " (" + defaultLocale.toLanguageTag()
                    + " is the table's default locale, which every text needs)"));
        } else {
            translations.add(at.diagnostic(message));
        }
    }

    private StatusTable build(List<Locale> kept) {
        List<Category> categories = new ArrayList<>();
        for (DraftCategory c : table.categories()) {
            categories.add(new Category(c.responseClass(), text(titles.get(c.responseClass()), kept)));
        }
        List<StatusCode> codes = new ArrayList<>();
        for (DraftCode c : table.codes()) {
            Map<Locale, String> hint = hints.get(c.code());
            codes.add(new StatusCode(c.code(), c.reasonPhrase(), c.constantName(), c.rfc(), c.deprecation(),
                    text(messages.get(c.code()), kept),
                    hint.isEmpty() ? Optional.empty() : Optional.of(text(hint, kept)),
                    table.codeAttributes().getOrDefault(c.code(), Map.of())));
        }
        List<Q850Cause> causes = new ArrayList<>();
        for (CauseParser.DraftCause c : table.causes()) {
            causes.add(new Q850Cause(c.cause(), c.name(), c.constantName(), c.sip(), text(causeMessages.get(c.cause()), kept)));
        }
        Q850Interworking q850 = causes.isEmpty() ? Q850Interworking.NONE : new Q850Interworking(causes, table.codeCauses());
        return new StatusTable(table.name(), table.provenance(), kept, categories, codes, q850, table.attributes());
    }

    /** The texts of the kept locales, in the order of the kept locales. */
    private static LocalizedText text(Map<Locale, String> texts, List<Locale> kept) {
        Map<Locale, String> ordered = new LinkedHashMap<>();
        for (Locale locale : kept) {
            if (texts.containsKey(locale)) {
                ordered.put(locale, texts.get(locale));
            }
        }
        return new LocalizedText(ordered);
    }
}
