package io.github.sipstatus.yaml;

import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.model.StatusTable;
import java.util.List;

/**
 * A table ready to generate from, and what the user should hear about it.
 *
 * @param table    the checked model, overlays merged and locales selected
 * @param warnings missing translations, when the user chose to be warned rather than stopped
 */
public record LoadedTable(StatusTable table, List<Diagnostic> warnings) {

    public LoadedTable {
        warnings = List.copyOf(warnings);
    }
}
