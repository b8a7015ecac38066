package io.github.sipstatus.yaml;

import java.util.Objects;

/**
 * The bytes of one YAML file and how to name it in messages.
 *
 * @param displayName the path as the user gave it, or the name of a built-in table
 * @param bytes       the file's content
 */
public record TableSource(String displayName, byte[] bytes) {

    public TableSource {
        Objects.requireNonNull(displayName, "displayName");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
