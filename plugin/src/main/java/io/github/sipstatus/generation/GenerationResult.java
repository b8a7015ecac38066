package io.github.sipstatus.generation;

import io.github.sipstatus.output.WriteSummary;
import java.util.List;

/**
 * What a run did, for the goal's info line and warnings.
 *
 * @param summary  what was generated, e.g. {@code sip-status-codes.yaml (51 codes, 2 locales)}
 * @param upToDate whether the inputs were unchanged and the output intact, so nothing was parsed or written
 * @param files    how many files were written, left unchanged and deleted
 * @param warnings missing translations, when they were to be warned about rather than fail the run
 */
public record GenerationResult(String summary, boolean upToDate, WriteSummary files, List<String> warnings) {

    /**
     * The warnings are copied.
     *
     * @param summary  what was generated, e.g. {@code sip-status-codes.yaml (51 codes, 2 locales)}
     * @param upToDate whether the inputs were unchanged and the output intact, so nothing was parsed or written
     * @param files    how many files were written, left unchanged and deleted
     * @param warnings missing translations, when they were to be warned about rather than fail the run
     */
    public GenerationResult {
        warnings = List.copyOf(warnings);
    }
}
