package io.github.sipstatus.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * A produced file as the build state remembers it: where, how long, and the CRC-32 of its bytes. A
 * file on disk is taken as untouched only when its bytes still have that length and checksum: an edit
 * that keeps the size and the time (an editor that restores it, or a change within the file system's
 * timestamp granularity) is seen all the same. Reading the few files of the output and summing them
 * costs well under a millisecond; {@link CRC32} is part of the JDK's base module.
 *
 * @param relativePath '/'-separated path below the output folder
 * @param size         the file's length in bytes
 * @param crc32        the CRC-32 of its bytes
 */
public record WrittenFile(String relativePath, long size, long crc32) {

    /**
     * Whether the file is still as it was written.
     *
     * @param root the output folder the path is relative to
     * @return whether the file exists below it with exactly the bytes that were written
     * @throws IOException when the file exists but cannot be read
     */
    public boolean isIntactBelow(Path root) throws IOException {
        Path file = root.resolve(relativePath);
        // Size first: most changes alter the length, and that costs no read.
        if (!Files.isRegularFile(file) || Files.size(file) != size) {
            return false;
        }
        return checksum(Files.readAllBytes(file)) == crc32;
    }

    /**
     * A file as it is written now, from the bytes it is written with.
     *
     * @param file the generated file
     * @return its path, length and checksum
     */
    public static WrittenFile of(GeneratedFile file) {
        byte[] content = file.content();
        return new WrittenFile(file.relativePath(), content.length, checksum(content));
    }

    static long checksum(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content, 0, content.length);
        return crc.getValue();
    }
}
