package io.github.sipstatus.output;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A produced file as the build state remembers it: where, how long, and its SHA-256, so that a later
 * run can tell whether the output is still exactly what it wrote.
 */
public record FileDigest(String relativePath, long size, String sha256) {

    public static FileDigest of(GeneratedFile file) {
        return of(file.relativePath(), file.content());
    }

    static FileDigest of(String relativePath, byte[] content) {
        return new FileDigest(relativePath, content.length, sha256(content));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
