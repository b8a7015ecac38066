package io.github.sipstatus.output;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the last successful run produced, kept under {@code target/}: the fingerprint of its inputs,
 * every file it wrote (with its digest), and what it told the user. A run whose inputs have the same
 * fingerprint, and whose files are all still intact, has nothing to do.
 *
 * @param fingerprint a digest of every input: table and overlay bytes, parameters, plugin version
 * @param summary     the run's description, e.g. {@code sip-status-codes.yaml (51 codes, 2 locales)}
 * @param sources     the Java sources, below the source output folder
 * @param resources   the bundles, below the resource output folder
 * @param warnings    the warnings that run gave, to repeat when nothing is regenerated
 */
public record BuildState(String fingerprint, String summary, List<FileDigest> sources, List<FileDigest> resources,
        List<String> warnings) {

    public BuildState {
        sources = List.copyOf(sources);
        resources = List.copyOf(resources);
        warnings = List.copyOf(warnings);
    }

    /** The state of the last run, or empty when there is none or it cannot be read (then everything is redone). */
    public static Optional<BuildState> read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            String fingerprint = properties.getProperty("fingerprint");
            if (fingerprint == null) {
                return Optional.empty();
            }
            return Optional.of(new BuildState(fingerprint, properties.getProperty("summary", ""),
                    digests(properties, "source"), digests(properties, "resource"), list(properties, "warning")));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Written atomically, so an interrupted build leaves the old state or the new, never half of one. */
    public void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder("# sip-status-maven-plugin build state: delete it to force a full regeneration\n");
        append(text, "fingerprint", fingerprint);
        append(text, "summary", summary);
        appendDigests(text, "source", sources);
        appendDigests(text, "resource", resources);
        for (int i = 0; i < warnings.size(); i++) {
            append(text, "warning." + i, warnings.get(i));
        }
        Files.createDirectories(file.getParent());
        Path temporary = AtomicFiles.temporarySibling(file);
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void appendDigests(StringBuilder text, String prefix, List<FileDigest> digests) {
        for (int i = 0; i < digests.size(); i++) {
            FileDigest digest = digests.get(i);
            append(text, prefix + "." + i, digest.relativePath() + "|" + digest.size() + "|" + digest.sha256());
        }
    }

    private static void append(StringBuilder text, String key, String value) {
        Properties one = new Properties();
        one.setProperty(key, value);
        // Properties.store escapes correctly but adds a date line; the state needs no date.
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            one.store(out, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        out.toString().lines().filter(line -> !line.startsWith("#")).forEach(line -> text.append(line).append('\n'));
    }

    private static List<FileDigest> digests(Properties properties, String prefix) {
        List<FileDigest> digests = new ArrayList<>();
        for (String value : list(properties, prefix)) {
            String[] parts = value.split("\\|");
            if (parts.length != 3) {
                throw new IllegalArgumentException("malformed state entry " + value);
            }
            digests.add(new FileDigest(parts[0], Long.parseLong(parts[1]), parts[2]));
        }
        return digests;
    }

    private static List<String> list(Properties properties, String prefix) {
        List<String> values = new ArrayList<>();
        for (int i = 0; properties.containsKey(prefix + "." + i); i++) {
            values.add(properties.getProperty(prefix + "." + i));
        }
        return values;
    }
}
