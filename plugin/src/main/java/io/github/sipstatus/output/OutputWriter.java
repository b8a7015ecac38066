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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes generated files below one output folder, the way jOOQ's generator writer does:
 * <ul>
 *   <li>compare before writing: a file whose bytes are already there is not touched, so its timestamp
 *       stays and incremental compilers leave it alone;</li>
 *   <li>stage, then commit: every changed file is first written beside its target, and only when all
 *       are written are they moved over their targets, each move a rename, so a failure while writing
 *       (a full disk) leaves the old output whole, and no build leaves half a file;</li>
 *   <li>remove what it produced before and no longer produces (a dropped locale, a renamed package, a
 *       moved output folder), and nothing else: a file it did not write, or that was changed since, is
 *       never deleted;</li>
 *   <li>say which files it wrote back because they had been edited or removed since the last run, and
 *       remove the temporaries a crashed run left beside the output (and no other file).</li>
 * </ul>
 */
public final class OutputWriter {

    private OutputWriter() {}

    /**
     * Stages and commits at once: for a single folder.
     *
     * @param root     the output folder
     * @param files    every file this run produces below it
     * @param previous what the last run wrote there, if its state is known
     * @return what was written, left unchanged and deleted
     * @throws IOException when a file cannot be written, moved or deleted
     */
    public static WriteSummary write(Path root, List<GeneratedFile> files, Optional<Produced> previous) throws IOException {
        return stage(root, files, previous).commit();
    }

    /**
     * What a run wrote into one folder, as its build state recorded it.
     *
     * @param root  the folder, absolute
     * @param files the files written below it
     */
    public record Produced(Path root, List<WrittenFile> files) {}

    /**
     * Writes every changed file beside its target, touching no target yet. If that fails (a full disk),
     * the staged files are removed and the folder is as it was.
     *
     * <p>Stale files are those the previous run wrote and this one does not, looked up in the folder the
     * previous run wrote them to (the output folder may have moved). One is deleted only while it is
     * still exactly as that run left it: a file someone changed or put there since is not this plugin's.
     *
     * @param root     the output folder
     * @param files    every file this run produces below it
     * @param previous what the last run wrote there, if its state is known
     * @return the staged files, to {@linkplain Staged#commit commit} once every folder is staged
     * @throws IOException when a file cannot be written; the staged ones are removed first
     */
    public static Staged stage(Path root, List<GeneratedFile> files, Optional<Produced> previous) throws IOException {
        Staged staged = new Staged();
        Set<String> current = new HashSet<>();
        Map<String, WrittenFile> previousHere = new HashMap<>();
        Path previousRoot = null;
        if (previous.isPresent()) {
            previousRoot = previous.get().root();
            if (previousRoot.equals(root.toAbsolutePath().normalize())) {
                for (WrittenFile file : previous.get().files()) {
                    previousHere.put(file.relativePath(), file);
                }
            }
        }
        removeLeftovers(root, files, previous, staged);
        try {
            for (GeneratedFile file : files) {
                current.add(file.relativePath());
                Path target = root.resolve(file.relativePath());
                byte[] content = file.content();
                if (sameContent(target, content)) {
                    staged.unchanged++;
                    continue;
                }
                WrittenFile before = previousHere.get(file.relativePath());
                if (before != null && before.size() == content.length
                        && before.crc32() == WrittenFile.checksum(content)) {
                    // The last run wrote these very bytes, and they are not on disk: someone changed or removed the file.
                    staged.repaired.add(file.relativePath());
                }
                Files.createDirectories(target.getParent());
                Path temporary = AtomicFiles.temporarySibling(target);
                staged.moves.put(temporary, target);
                Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
            if (previousRoot != null) {
                for (WrittenFile file : previous.get().files()) {
                    boolean stillProduced = previousHere.containsKey(file.relativePath())
                            && current.contains(file.relativePath());
                    if (!stillProduced && isSafeRelative(file.relativePath()) && file.isIntactBelow(previousRoot)) {
                        staged.stale.add(previousRoot.resolve(file.relativePath()));
                        staged.staleRoots.add(previousRoot);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            staged.discard();
            throw e;
        }
        return staged;
    }

    /**
     * Clears the folders this run writes, and those the previous run wrote, of temporaries an interrupted
     * build left there: before staging, so none of this run's own is among them.
     */
    private static void removeLeftovers(Path root, List<GeneratedFile> files, Optional<Produced> previous,
            Staged staged) throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        for (GeneratedFile file : files) {
            folders.add(root.resolve(file.relativePath()).getParent());
        }
        if (previous.isPresent()) {
            for (WrittenFile file : previous.get().files()) {
                if (isSafeRelative(file.relativePath())) {
                    folders.add(previous.get().root().resolve(file.relativePath()).getParent());
                }
            }
        }
        for (Path folder : folders) {
            staged.leftovers += AtomicFiles.removeLeftovers(folder);
        }
    }

    /** Files written beside their targets, waiting to be moved over them. */
    public static final class Staged {
        private final Map<Path, Path> moves = new LinkedHashMap<>();
        private final List<Path> stale = new ArrayList<>();
        private final Set<Path> staleRoots = new HashSet<>();
        private final List<String> repaired = new ArrayList<>();
        private int unchanged;
        private int leftovers;

        private Staged() {}

        /**
         * Moves every staged file over its target (a rename each) and removes the stale ones.
         *
         * @return what was written, left unchanged and deleted
         * @throws IOException when a file cannot be moved or deleted
         */
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
            for (Path file : stale) {
                if (Files.deleteIfExists(file)) {
                    deleted++;
                    removeEmptyParents(file.getParent());
                }
            }
            return new WriteSummary(moves.size(), unchanged, deleted, repaired, leftovers);
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

        /** Removes folders that deleting a stale file left empty, up to (not including) its output folder. */
        private void removeEmptyParents(Path folder) throws IOException {
            Path current = folder;
            while (current != null && !staleRoots.contains(current) && isBelowStaleRoot(current)) {
                try {
                    Files.delete(current);
                } catch (DirectoryNotEmptyException e) {
                    return;
                }
                current = current.getParent();
            }
        }

        private boolean isBelowStaleRoot(Path folder) {
            for (Path root : staleRoots) {
                if (folder.startsWith(root)) {
                    return true;
                }
            }
            return false;
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
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
            return false;
        }
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals("..") || segment.equals(".")) {
                return false;
            }
        }
        return true;
    }

}
