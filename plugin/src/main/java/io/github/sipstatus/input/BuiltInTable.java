package io.github.sipstatus.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/** The tables embedded in the plugin jar: the project's {@code src-data/*.yaml}. */
public enum BuiltInTable {
    /** The 51 codes of Callvoip's overview of SIP status codes, English and Dutch: the default. */
    CALLVOIP("sip-status-codes.yaml"),
    /** The whole IANA SIP response-code registry, English and Dutch. */
    IANA("iana-sip-status-codes.yaml");

    private final String fileName;

    BuiltInTable(String fileName) {
        this.fileName = fileName;
    }

    /**
     * The name a user writes in the {@code table} parameter.
     *
     * @return the name, e.g. {@code iana}
     */
    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The table a {@code table} parameter names, ignoring case and surrounding blanks.
     *
     * @param value the parameter's value
     * @return the table, or empty when no table has that name
     */
    public static Optional<BuiltInTable> parse(String value) {
        for (BuiltInTable table : values()) {
            if (table.parameterValue().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }

    /**
     * The names a user may write, for messages.
     *
     * @return e.g. {@code callvoip or iana}
     */
    public static String parameterValues() {
        StringBuilder values = new StringBuilder();
        for (BuiltInTable table : values()) {
            values.append(values.length() == 0 ? "" : " or ").append(table.parameterValue());
        }
        return values.toString();
    }

    /**
     * How messages and file headers name it: there is no file for a user to open, so say where it is from.
     *
     * @return e.g. {@code built-in sip-status-codes.yaml}
     */
    public String displayName() {
        return "built-in " + fileName;
    }

    /**
     * How a table that extends it names it in messages.
     *
     * @return e.g. {@code built-in iana table}
     */
    public String tableName() {
        return "built-in " + parameterValue() + " table";
    }

    /**
     * The table's file as the jar holds it.
     *
     * @return a fresh copy of its bytes
     */
    public byte[] bytes() {
        String resource = "/io/github/sipstatus/tables/" + fileName;
        try (InputStream in = BuiltInTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks its built-in table " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
