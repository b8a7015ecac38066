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

    /**
     * The repaired paths are copied.
     *
     * @param written   files created or replaced, repaired ones included
     * @param unchanged files whose bytes were already on disk, left untouched
     * @param deleted   files this plugin produced before and no longer produces, removed
     * @param repaired  of the written files, those written again with the very bytes the last run wrote,
     *                  because they had been changed or deleted since; their paths below their output folder
     * @param leftovers temporaries an interrupted build had left beside the output, removed
     */
    public WriteSummary {
        repaired = List.copyOf(repaired);
    }

    /**
     * A summary with nothing repaired and no leftovers.
     *
     * @param written   files created or replaced
     * @param unchanged files whose bytes were already on disk
     * @param deleted   files produced before and no longer, removed
     */
    public WriteSummary(int written, int unchanged, int deleted) {
        this(written, unchanged, deleted, List.of(), 0);
    }

    /**
     * The summary of two writes together, such as the source and the resource folder.
     *
     * @param other the other write
     * @return every count added up, the repaired paths of both in order
     */
    public WriteSummary plus(WriteSummary other) {
        List<String> allRepaired = new ArrayList<>(repaired);
        allRepaired.addAll(other.repaired);
        return new WriteSummary(written + other.written, unchanged + other.unchanged, deleted + other.deleted,
                allRepaired, leftovers + other.leftovers);
    }
}
