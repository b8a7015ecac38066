package io.github.sipstatus.output;

import java.nio.file.Path;
import java.util.UUID;

/** Names for files written beside their target and then moved over it. */
final class AtomicFiles {

    private AtomicFiles() {}

    /**
     * A fresh name in the target's folder, so the move is a rename on the same file system. Not
     * {@code Files.createTempFile}: that makes the file readable by its owner only, and the move would
     * carry those permissions to the generated file.
     */
    static Path temporarySibling(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    }
}
