package io.github.sipstatus.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Names for files written beside their target and then moved over it, and the cleanup of those a
 * crashed build left behind.
 *
 * <p>A temporary is {@code .<target>.sip-status-<run>-<n>.tmp}: {@code <run>} lowercase hex, {@code <n>}
 * decimal. The marker and both numbers make the scheme this plugin's own: a user's {@code .notes.tmp},
 * {@code Other.java.tmp} or an editor's swap file cannot match it by accident, so removing what matches
 * never removes a file the plugin did not write.
 */
final class AtomicFiles {

    private static final String MARKER = ".sip-status-";
    private static final String SUFFIX = ".tmp";

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
        return target.resolveSibling("." + target.getFileName() + MARKER + RUN + "-" + COUNTER.incrementAndGet()
                + SUFFIX);
    }

    /** Whether a file name is one {@link #temporarySibling} gives out. */
    static boolean isTemporaryName(String name) {
        if (name.length() <= 1 + MARKER.length() + SUFFIX.length() || name.charAt(0) != '.' || !name.endsWith(SUFFIX)) {
            return false;
        }
        String body = name.substring(1, name.length() - SUFFIX.length());
        int marker = body.lastIndexOf(MARKER);
        if (marker < 1) {
            return false; // no marker, or no target name before it
        }
        String numbers = body.substring(marker + MARKER.length());
        int dash = numbers.indexOf('-');
        return dash > 0 && allOf(numbers, 0, dash, "0123456789abcdef")
                && dash + 1 < numbers.length() && allOf(numbers, dash + 1, numbers.length(), "0123456789");
    }

    private static boolean allOf(String text, int from, int to, String allowed) {
        for (int i = from; i < to; i++) {
            if (allowed.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Removes the temporaries an interrupted build left in one folder (a crash between staging and
     * commit), and nothing else. Run before a build stages its own, and only by the one build that writes
     * the folder at a time.
     *
     * @return how many were removed; none when the folder does not exist
     */
    static int removeLeftovers(Path folder) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (isTemporaryName(entry.getFileName().toString()) && Files.isRegularFile(entry)
                        && Files.deleteIfExists(entry)) {
                    removed++;
                }
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            return removed;
        }
        return removed;
    }
}
