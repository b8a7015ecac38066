package io.github.sipstatus.generation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The table embedded in the plugin jar: the project's {@code src-data/sip-status-codes.yaml}. */
final class BuiltInTable {

    static final String FILE_NAME = "sip-status-codes.yaml";
    private static final String RESOURCE = "/io/github/sipstatus/tables/" + FILE_NAME;

    private BuiltInTable() {}

    /** How messages name it: there is no file for a user to open, so say where it comes from. */
    static String displayName() {
        return "built-in " + FILE_NAME;
    }

    static byte[] bytes() {
        try (InputStream in = BuiltInTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks its built-in table " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
