package io.github.sipstatus.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A produced file as the build state remembers it: where, how long, and when it was last written.
 * If size and time are still the same, it is taken as untouched (checked without reading a byte,
 * which keeps an up-to-date build in the milliseconds); a file whose size or time changed is not the
 * plugin's any more, and is never deleted as stale.
 */
public record WrittenFile(String relativePath, long size, long lastModifiedMillis) {

    /** Whether the file below {@code root} is still exactly as it was written. */
    public boolean isIntactBelow(Path root) throws IOException {
        Path file = root.resolve(relativePath);
        return Files.isRegularFile(file) && Files.size(file) == size
                && Files.getLastModifiedTime(file).toMillis() == lastModifiedMillis;
    }

    /** The file below {@code root} as it is on disk now. */
    public static WrittenFile of(Path root, String relativePath) throws IOException {
        Path file = root.resolve(relativePath);
        return new WrittenFile(relativePath, Files.size(file), Files.getLastModifiedTime(file).toMillis());
    }
}
