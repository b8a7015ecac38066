package io.github.sipstatus.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the last successful run produced, kept under {@code target/}: its inputs, every file it wrote
 * (with its size and CRC-32), and what it told the user. A run with the same inputs whose files are all
 * still as they were has nothing to do.
 *
 * <p>The inputs are kept as they were, not as a hash: comparing bytes is exact and, in the cold JVM
 * of a build, faster than loading a message digest. The state itself is a few lines of text in a
 * format of its own, read and written without {@code Properties} (whose {@code store} writes a date).
 *
 * @param inputs    every input, length-prefixed: table and overlay bytes, parameters, plugin version
 * @param summary   the run's description, e.g. {@code sip-status-codes.yaml (51 codes, 2 locales) in com.example.sip}
 * @param sourceRoot   the source output folder the run wrote to, absolute
 * @param sources      the Java sources, below it
 * @param resourceRoot the resource output folder the run wrote to, absolute
 * @param resources    the bundles, below it
 * @param warnings  the warnings that run gave, to repeat when nothing is regenerated
 * @param base      the name of the built-in table the table extends, if it does: its bytes are among the
 *                  inputs, and the next run must know which table's bytes to compare before it reads the table
 */
public record BuildState(byte[] inputs, String summary, Path sourceRoot, List<WrittenFile> sources, Path resourceRoot,
        List<WrittenFile> resources, List<String> warnings, Optional<String> base) {

    private static final String HEADER = "# sip-status-maven-plugin build state 4: delete it to force a full regeneration";

    /**
     * Copies what may change under it: the inputs, the lists; and makes both folders absolute.
     *
     * @param inputs       every input, length-prefixed: table and overlay bytes, parameters, plugin version
     * @param summary      the run's description,
     *                     e.g. {@code sip-status-codes.yaml (51 codes, 2 locales) in com.example.sip}
     * @param sourceRoot   the source output folder the run wrote to, absolute
     * @param sources      the Java sources, below it
     * @param resourceRoot the resource output folder the run wrote to, absolute
     * @param resources    the bundles, below it
     * @param warnings     the warnings that run gave, to repeat when nothing is regenerated
     * @param base         the name of the built-in table the table extends, if it does
     */
    public BuildState {
        inputs = inputs.clone();
        sourceRoot = sourceRoot.toAbsolutePath().normalize();
        resourceRoot = resourceRoot.toAbsolutePath().normalize();
        sources = List.copyOf(sources);
        resources = List.copyOf(resources);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(base, "base");
    }

    /**
     * The state of the last run.
     *
     * @param file the state file, beside which its inputs are kept
     * @return the state, or empty when there is none or it cannot be read (then everything is redone)
     */
    public static Optional<BuildState> read(Path file) {
        try {
            Path inputs = inputsFile(file);
            if (!Files.isRegularFile(file) || !Files.isRegularFile(inputs)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            String summary = "";
            Path sourceRoot = null;
            Path resourceRoot = null;
            List<WrittenFile> sources = new ArrayList<>();
            List<WrittenFile> resources = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            Optional<String> base = Optional.empty();
            for (String line : lines.subList(1, lines.size())) {
                String value = line.substring(2);
                switch (line.substring(0, 2)) {
                    case "M " -> summary = unescape(value);
                    case "P " -> sourceRoot = Path.of(unescape(value));
                    case "Q " -> resourceRoot = Path.of(unescape(value));
                    case "S " -> sources.add(digest(value));
                    case "R " -> resources.add(digest(value));
                    case "W " -> warnings.add(unescape(value));
                    case "B " -> base = Optional.of(unescape(value));
                    default -> throw new IllegalArgumentException("unknown state line " + line);
                }
            }
            if (sourceRoot == null || resourceRoot == null) {
                return Optional.empty();
            }
            return Optional.of(new BuildState(Files.readAllBytes(inputs), summary, sourceRoot, sources, resourceRoot,
                    resources, warnings, base));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether every file is on disk with the bytes the run left, by size and CRC-32: a file edited in
     * place, even to the same size and with its time put back, is not intact. Plain comparisons, not
     * record {@code equals}: its first call links a method handle, a cost that an up-to-date build in a
     * cold JVM would feel.
     *
     * @param sourceOutput   the source output folder of this run, which must be the state's
     * @param resourceOutput the resource output folder of this run, which must be the state's
     * @return whether both folders are the state's and every file in them is as the run left it
     * @throws IOException when a file cannot be read
     */
    public boolean outputsIntact(Path sourceOutput, Path resourceOutput) throws IOException {
        return sourceRoot.equals(sourceOutput.toAbsolutePath().normalize())
                && resourceRoot.equals(resourceOutput.toAbsolutePath().normalize())
                && intact(sourceRoot, sources) && intact(resourceRoot, resources);
    }

    private static boolean intact(Path root, List<WrittenFile> files) throws IOException {
        for (WrittenFile file : files) {
            if (!file.isIntactBelow(root)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Removes the temporaries an interrupted build left beside the files of this state and beside the
     * state itself, for a run that finds everything up to date and so stages nothing.
     *
     * @param stateFile the state file, whose folder is cleaned too
     * @return how many were removed
     * @throws IOException when a folder cannot be listed or a temporary cannot be deleted
     */
    public int removeLeftovers(Path stateFile) throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        folders.add(stateFile.toAbsolutePath().getParent());
        for (WrittenFile file : sources) {
            folders.add(sourceRoot.resolve(file.relativePath()).getParent());
        }
        for (WrittenFile file : resources) {
            folders.add(resourceRoot.resolve(file.relativePath()).getParent());
        }
        int removed = 0;
        for (Path folder : folders) {
            removed += AtomicFiles.removeLeftovers(folder);
        }
        return removed;
    }

    /**
     * Whether these are the inputs of the state's run.
     *
     * @param candidate the inputs of this run, in the state's format
     * @return whether they are byte for byte the state's
     */
    public boolean hasInputs(byte[] candidate) {
        return Arrays.equals(inputs, candidate);
    }

    /**
     * Written atomically, inputs first and the state last, so an interrupted build leaves a state that
     * does not match (and so a full run next time), never one that claims outputs it did not finish.
     * Temporaries an interrupted write of the state left in its folder are removed first.
     *
     * @param file the state file; its inputs go beside it
     * @return how many such temporaries were removed
     * @throws IOException when the state cannot be written
     */
    public int write(Path file) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        // One line each: M summary, B the base, P/Q the source/resource folder, S/R a file below it, W a warning.
        text.append("M ").append(escape(summary)).append('\n');
        if (base.isPresent()) {
            text.append("B ").append(escape(base.get())).append('\n');
        }
        text.append("P ").append(escape(sourceRoot.toString())).append('\n');
        text.append("Q ").append(escape(resourceRoot.toString())).append('\n');
        for (WrittenFile digest : sources) {
            text.append("S ").append(line(digest)).append('\n');
        }
        for (WrittenFile digest : resources) {
            text.append("R ").append(line(digest)).append('\n');
        }
        for (String warning : warnings) {
            text.append("W ").append(escape(warning)).append('\n');
        }
        Files.createDirectories(file.getParent());
        int leftovers = AtomicFiles.removeLeftovers(file.getParent());
        Files.deleteIfExists(file);
        replace(inputsFile(file), inputs);
        replace(file, text.toString().getBytes(StandardCharsets.UTF_8));
        return leftovers;
    }

    private static Path inputsFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".inputs");
    }

    private static void replace(Path file, byte[] content) throws IOException {
        Path temporary = AtomicFiles.temporarySibling(file);
        try {
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** {@code size crc32 path}: the path last, so it may hold any character but a line break. */
    private static String line(WrittenFile digest) {
        return digest.size() + " " + digest.crc32() + " " + escape(digest.relativePath());
    }

    private static WrittenFile digest(String line) {
        int first = line.indexOf(' ');
        int second = line.indexOf(' ', first + 1);
        return new WrittenFile(unescape(line.substring(second + 1)), Long.parseLong(line.substring(0, first)),
                Long.parseLong(line.substring(first + 1, second)));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
