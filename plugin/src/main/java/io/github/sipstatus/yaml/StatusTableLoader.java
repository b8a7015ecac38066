package io.github.sipstatus.yaml;

import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.DiagnosticCollector;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.model.MissingTranslations;
import io.github.sipstatus.model.StatusTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a status table and its overlays into the model: the entry point of this package.
 * Structural problems of every file are reported together, then translations are merged and checked.
 */
public final class StatusTableLoader {

    private StatusTableLoader() {}

    /**
     * Reads a table and its overlays, merges them, and keeps the chosen locales.
     *
     * @param table             the table
     * @param overlays          overlays to lay over it, in order (a later one wins)
     * @param locales           the locales to keep, or empty for all; the default locale is always kept
     * @param missingTranslations whether a kept locale lacking a text fails the build or warns
     * @return the checked table, and the missing translations to warn about
     * @throws InvalidInputException with every problem of every file, in file order
     */
    public static LoadedTable load(TableSource table, List<TableSource> overlays, Optional<List<String>> locales,
            MissingTranslations missingTranslations) throws InvalidInputException {
        DiagnosticCollector undeclared = new DiagnosticCollector();
        List<Diagnostic> problems = new ArrayList<>();
        TableParser.Parsed parsed = null;
        try {
            parsed = TableParser.parse(table.displayName(), table.bytes(), undeclared);
            problems.addAll(parsed.problems());
        } catch (InvalidInputException e) {
            problems.addAll(e.diagnostics());
        }
        List<OverlayDraft> overlayDrafts = new ArrayList<>();
        for (TableSource overlay : overlays) {
            try {
                overlayDrafts.add(OverlayParser.parse(overlay.displayName(), overlay.bytes()));
            } catch (InvalidInputException e) {
                problems.addAll(e.diagnostics());
            }
        }
        if (parsed == null) {
            throw new InvalidInputException(problems);
        }
        // Checked even when some entries were malformed, so that one run reports every problem.
        TableAssembler assembler = TableAssembler.assemble(parsed.draft(), overlayDrafts, locales, missingTranslations,
                undeclared.diagnostics());
        problems.addAll(assembler.errors());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new LoadedTable(assembler.build(), assembler.warnings(), parsed.draft().base());
    }

    /**
     * A table on its own: every locale kept, every translation required.
     *
     * @param file  how messages name the file
     * @param bytes the file's content
     * @return the checked table
     * @throws InvalidInputException with every problem of the file, in file order
     */
    public static StatusTable load(String file, byte[] bytes) throws InvalidInputException {
        return load(new TableSource(file, bytes), List.of(), Optional.empty(), MissingTranslations.FAIL).table();
    }
}
