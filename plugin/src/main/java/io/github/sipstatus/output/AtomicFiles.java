package io.github.sipstatus.output;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** Names for files written beside their target and then moved over it. */
final class AtomicFiles {

    /**
     * Unique within this class loader; a clock reading taken as the class loads makes a clash with
     * another JVM or plugin realm all but impossible, and the writer's CREATE_NEW turns one into a
     * failed build, never a lost file. Not the process id: asking for it starts the JDK's process
     * reaper, milliseconds in a cold JVM.
     */
    private static final String RUN = Long.toHexString(System.nanoTime());
    private static final AtomicLong COUNTER = new AtomicLong();

    private AtomicFiles() {}

    /**
     * A fresh name in the target's folder, so the move is a rename on the same file system. Not
     * {@code Files.createTempFile}, which makes the file readable by its owner only (the move would keep
     * that), nor a random UUID, whose secure random source is slow to start in a cold JVM.
     */
    static Path temporarySibling(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + RUN + "-"
                + COUNTER.incrementAndGet() + ".tmp");
    }
}
