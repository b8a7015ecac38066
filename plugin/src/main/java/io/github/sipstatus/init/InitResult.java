package io.github.sipstatus.init;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code init} did.
 *
 * @param written the files it wrote: the table, and the schema unless the same one was there already
 * @param report  what to tell the user, ending with the configuration that makes {@code generate} use the table
 */
public record InitResult(List<Path> written, List<String> report) {

    /**
     * Copies both lists.
     *
     * @param written the files it wrote
     * @param report  what to tell the user
     */
    public InitResult {
        written = List.copyOf(written);
        report = List.copyOf(report);
    }
}
