package io.github.sipstatus.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A produced file as the build state remembers it: where, how long, and when it was last written.
 * If size and time are still the same, nobody has touched it; that is checked without reading a
 * byte, which keeps an up-to-date build in the milliseconds.
 */
public record FileDigest(String relativePath, long size, long lastModifiedMillis) {

    /** The file below {@code root} as it is on disk now. */
    public static FileDigest of(Path root, String relativePath) throws IOException {
        Path file = root.resolve(relativePath);
        return new FileDigest(relativePath, Files.size(file), Files.getLastModifiedTime(file).toMillis());
    }
}
