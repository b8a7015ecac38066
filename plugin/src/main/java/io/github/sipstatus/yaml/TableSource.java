package io.github.sipstatus.yaml;

import java.util.Objects;

/**
 * The bytes of one YAML file and how to name it in messages.
 *
 * @param displayName the path as the user gave it, or the name of a built-in table
 * @param bytes       the file's content
 */
public record TableSource(String displayName, byte[] bytes) {

    /**
     * The name is required; the bytes are copied.
     *
     * @param displayName the path as the user gave it, or the name of a built-in table
     * @param bytes       the file's content
     */
    public TableSource {
        Objects.requireNonNull(displayName, "displayName");
        bytes = bytes.clone();
    }

    /**
     * The file's content.
     *
     * @return a fresh copy of the bytes
     */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
