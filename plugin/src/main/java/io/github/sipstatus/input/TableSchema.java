package io.github.sipstatus.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The JSON Schema of tables and overlays, {@code src-data/sip-status-codes.schema.json}, embedded in the
 * plugin jar beside the built-in tables, so that {@code init} can put it next to the table it writes:
 * the tables name it on their first line, and an editor finds it there.
 */
public final class TableSchema {

    /** The name the tables' first line gives it: {@code # yaml-language-server: $schema=sip-status-codes.schema.json}. */
    public static final String FILE_NAME = "sip-status-codes.schema.json";

    private TableSchema() {}

    /**
     * The schema as the jar holds it.
     *
     * @return a fresh copy of its bytes
     */
    public static byte[] bytes() {
        String resource = "/io/github/sipstatus/tables/" + FILE_NAME;
        try (InputStream in = TableSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks its schema " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
