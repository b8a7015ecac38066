package io.github.sipstatus.output;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** Names for files written beside their target and then moved over it. */
final class AtomicFiles {

    /** Unique within this JVM; the writer's CREATE_NEW catches the impossible clash with another. */
    private static final AtomicLong COUNTER = new AtomicLong();

    private AtomicFiles() {}

    /**
     * A fresh name in the target's folder, so the move is a rename on the same file system. Not
     * {@code Files.createTempFile}, which makes the file readable by its owner only (the move would keep
     * that), nor a random UUID, whose secure random source is slow to start in a cold JVM.
     */
    static Path temporarySibling(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + COUNTER.incrementAndGet() + ".tmp");
    }
}
