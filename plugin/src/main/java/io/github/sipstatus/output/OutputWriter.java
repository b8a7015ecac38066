package io.github.sipstatus.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes generated files below one output folder, the way jOOQ's generator writer does:
 * <ul>
 *   <li>compare before writing: a file whose bytes are already there is not touched, so its timestamp
 *       stays and incremental compilers leave it alone;</li>
 *   <li>stage, then commit: every changed file is first written beside its target, and only when all
 *       are written are they moved over their targets, each move a rename, so a failure while writing
 *       (a full disk) leaves the old output whole, and no build leaves half a file;</li>
 *   <li>remove what it produced before and no longer produces (a dropped locale, a renamed package),
 *       and nothing else: a file it did not produce is never deleted.</li>
 * </ul>
 */
public final class OutputWriter {

    private OutputWriter() {}

    /** Stages and commits at once: for a single folder. */
    public static WriteSummary write(Path root, List<GeneratedFile> files, Collection<String> produced) throws IOException {
        return stage(root, files, produced).commit();
    }

    /**
     * Writes every changed file beside its target, touching no target yet. If that fails (a full disk),
     * the staged files are removed and the folder is as it was.
     *
     * @param produced the '/'-separated paths this writer produced below {@code root} last time; only
     *                 these may be deleted
     */
    public static Staged stage(Path root, List<GeneratedFile> files, Collection<String> produced) throws IOException {
        Staged staged = new Staged(root);
        try {
            for (GeneratedFile file : files) {
                staged.current.add(file.relativePath());
                Path target = root.resolve(file.relativePath());
                byte[] content = file.content();
                if (sameContent(target, content)) {
                    staged.unchanged++;
                    continue;
                }
                Files.createDirectories(target.getParent());
                Path temporary = AtomicFiles.temporarySibling(target);
                staged.moves.put(temporary, target);
                Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (IOException | RuntimeException e) {
            staged.discard();
            throw e;
        }
        for (String path : produced) {
            if (!staged.current.contains(path) && isSafeRelative(path)) {
                staged.stale.add(path);
            }
        }
        return staged;
    }

    /** Files written beside their targets, waiting to be moved over them. */
    public static final class Staged {
        private final Path root;
        private final Map<Path, Path> moves = new LinkedHashMap<>();
        private final Set<String> current = new HashSet<>();
        private final List<String> stale = new ArrayList<>();
        private int unchanged;

        private Staged(Path root) {
            this.root = root;
        }

        /** Moves every staged file over its target (a rename each) and removes the stale ones. */
        public WriteSummary commit() throws IOException {
            for (Map.Entry<Path, Path> move : moves.entrySet()) {
                try {
                    Files.move(move.getKey(), move.getValue(), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(move.getKey(), move.getValue(), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            int deleted = 0;
            for (String path : stale) {
                if (Files.deleteIfExists(root.resolve(path))) {
                    deleted++;
                    removeEmptyParents(root, root.resolve(path).getParent());
                }
            }
            return new WriteSummary(moves.size(), unchanged, deleted);
        }

        /** Removes the staged files; the targets were never touched. */
        public void discard() {
            for (Path temporary : moves.keySet()) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Best effort: a stray hidden file beside the output is no harm to the output.
                }
            }
        }
    }

    private static boolean sameContent(Path target, byte[] content) throws IOException {
        // Size first: most changed files differ in length, and that costs no read.
        if (!Files.isRegularFile(target) || Files.size(target) != content.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(target), content);
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
