package io.github.sipstatus.output;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file a generator produced: where it goes below its output folder, and its exact bytes.
 *
 * @param relativePath '/'-separated path below the output folder, e.g. {@code com/example/sip/SipStatus.java}
 * @param content      the bytes to write
 */
public record GeneratedFile(String relativePath, byte[] content) {

    /**
     * Refuses a path that is absolute, uses {@code \} or climbs with {@code ..}; copies the bytes.
     *
     * @param relativePath '/'-separated path below the output folder, e.g. {@code com/example/sip/SipStatus.java}
     * @param content      the bytes to write
     */
    public GeneratedFile {
        Objects.requireNonNull(relativePath, "relativePath");
        if (relativePath.isEmpty() || relativePath.startsWith("/") || relativePath.contains("\\")
                || Arrays.asList(relativePath.split("/")).contains("..")) {
            throw new IllegalArgumentException("not a relative '/'-separated path: " + relativePath);
        }
        content = content.clone();
    }

    /**
     * The bytes to write.
     *
     * @return a fresh copy, so the file stays as generated
     */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GeneratedFile file
                && relativePath.equals(file.relativePath)
                && Arrays.equals(content, file.content);
    }

    @Override
    public int hashCode() {
        return 31 * relativePath.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return relativePath + " (" + content.length + " bytes)";
    }
}
