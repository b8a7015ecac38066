package io.github.sipstatus.output;

/**
 * What writing a set of generated files did, for the goal's one info line.
 *
 * @param written   files created or replaced because their bytes changed
 * @param unchanged files whose bytes were already on disk, left untouched
 * @param deleted   files this plugin produced before and no longer produces, removed
 */
public record WriteSummary(int written, int unchanged, int deleted) {

    public WriteSummary plus(WriteSummary other) {
        return new WriteSummary(written + other.written, unchanged + other.unchanged, deleted + other.deleted);
    }
}
