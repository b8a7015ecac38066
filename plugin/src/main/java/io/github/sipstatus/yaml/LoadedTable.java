package io.github.sipstatus.yaml;

import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.input.BuiltInTable;
import io.github.sipstatus.model.StatusTable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table ready to generate from, and what the user should hear about it.
 *
 * @param table    the checked model, overlays merged and locales selected
 * @param warnings missing translations, when the user chose to be warned rather than stopped
 * @param base     the built-in table the table extends, if it does: an input as much as the table's own bytes
 */
public record LoadedTable(StatusTable table, List<Diagnostic> warnings, Optional<BuiltInTable> base) {

    /**
     * The warnings are copied.
     *
     * @param table    the checked model, overlays merged and locales selected
     * @param warnings missing translations, when the user chose to be warned rather than stopped
     * @param base     the built-in table the table extends, if it does
     */
    public LoadedTable {
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(base, "base");
    }
}
