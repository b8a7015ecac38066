package io.github.sipstatus.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes generated files below one output folder, comparing before writing: a file whose bytes are
 * already there is not touched, so its timestamp stays and incremental compilers leave it alone.
 */
public final class OutputWriter {

    private OutputWriter() {}

    public static WriteSummary write(Path root, List<GeneratedFile> files) throws IOException {
        int written = 0;
        int unchanged = 0;
        for (GeneratedFile file : files) {
            Path target = root.resolve(file.relativePath());
            byte[] content = file.content();
            if (sameContent(target, content)) {
                unchanged++;
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.write(target, content);
            written++;
        }
        return new WriteSummary(written, unchanged);
    }

    private static boolean sameContent(Path target, byte[] content) throws IOException {
        // Size first: most changed files differ in length, and that costs no read.
        if (!Files.isRegularFile(target) || Files.size(target) != content.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(target), content);
    }
}
