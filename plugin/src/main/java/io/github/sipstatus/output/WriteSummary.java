package io.github.sipstatus.output;

import java.util.ArrayList;
import java.util.List;

/**
 * What writing a set of generated files did, for the goal's info line.
 *
 * @param written   files created or replaced, repaired ones included
 * @param unchanged files whose bytes were already on disk, left untouched
 * @param deleted   files this plugin produced before and no longer produces, removed
 * @param repaired  of the written files, those written again with the very bytes the last run wrote,
 *                  because they had been changed or deleted since; their paths below their output folder
 * @param leftovers temporaries an interrupted build had left beside the output, removed
 */
public record WriteSummary(int written, int unchanged, int deleted, List<String> repaired, int leftovers) {

    public WriteSummary {
        repaired = List.copyOf(repaired);
    }

    /** Nothing repaired, no leftovers. */
    public WriteSummary(int written, int unchanged, int deleted) {
        this(written, unchanged, deleted, List.of(), 0);
    }

    public WriteSummary plus(WriteSummary other) {
        List<String> allRepaired = new ArrayList<>(repaired);
        allRepaired.addAll(other.repaired);
        return new WriteSummary(written + other.written, unchanged + other.unchanged, deleted + other.deleted,
                allRepaired, leftovers + other.leftovers);
    }
}
