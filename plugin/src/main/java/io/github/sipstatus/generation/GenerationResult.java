package io.github.sipstatus.generation;

import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.output.WriteSummary;
import java.util.List;

/**
 * What a run did, for the goal's info line and warnings.
 *
 * @param tableName the table's file name, or the built-in table's
 * @param codes     how many codes the table has
 * @param locales   how many locales were generated
 * @param files     how many files were written and how many were already up to date
 * @param warnings  missing translations, when they were to be warned about rather than fail the run
 */
public record GenerationResult(String tableName, int codes, int locales, WriteSummary files, List<Diagnostic> warnings) {

    public GenerationResult {
        warnings = List.copyOf(warnings);
    }
}
