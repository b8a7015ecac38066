package io.github.sipstatus.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes generated files below one output folder, the way jOOQ's generator writer does:
 * <ul>
 *   <li>compare before writing: a file whose bytes are already there is not touched, so its timestamp
 *       stays and incremental compilers leave it alone;</li>
 *   <li>replace atomically: a changed file is written beside its target and moved over it, so an
 *       interrupted build never leaves half a file;</li>
 *   <li>remove what it produced before and no longer produces (a dropped locale, a renamed package),
 *       and nothing else: a file it did not produce is never deleted.</li>
 * </ul>
 */
public final class OutputWriter {

    private OutputWriter() {}

    /**
     * @param produced the '/'-separated paths this writer produced below {@code root} last time; only
     *                 these may be deleted
     */
    public static WriteSummary write(Path root, List<GeneratedFile> files, Collection<String> produced) throws IOException {
        int written = 0;
        int unchanged = 0;
        Set<String> current = new HashSet<>();
        for (GeneratedFile file : files) {
            current.add(file.relativePath());
            Path target = root.resolve(file.relativePath());
            byte[] content = file.content();
            if (sameContent(target, content)) {
                unchanged++;
                continue;
            }
            replace(target, content);
            written++;
        }
        int deleted = 0;
        for (String stale : produced) {
            if (!current.contains(stale) && isSafeRelative(stale) && Files.deleteIfExists(root.resolve(stale))) {
                deleted++;
                removeEmptyParents(root, root.resolve(stale).getParent());
            }
        }
        return new WriteSummary(written, unchanged, deleted);
    }

    private static boolean sameContent(Path target, byte[] content) throws IOException {
        // Size first: most changed files differ in length, and that costs no read.
        if (!Files.isRegularFile(target) || Files.size(target) != content.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(target), content);
    }

    private static void replace(Path target, byte[] content) throws IOException {
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temporary = AtomicFiles.temporarySibling(target);
        try {
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A path from an old state file is trusted only if it stays below the root. */
    private static boolean isSafeRelative(String path) {
        return !path.isEmpty() && !path.startsWith("/") && !path.contains("\\")
                && Stream.of(path.split("/")).noneMatch(segment -> segment.isEmpty() || segment.equals("..") || segment.equals("."));
    }

    /** Removes folders that deleting a stale file left empty, up to (not including) the root. */
    private static void removeEmptyParents(Path root, Path folder) throws IOException {
        Path current = folder;
        while (current != null && !current.equals(root) && current.startsWith(root)) {
            try {
                Files.delete(current);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
            current = current.getParent();
        }
    }
}
