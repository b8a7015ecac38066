package io.github.sipstatus.input;

import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which table a goal reads: a built-in one named by {@code table}, or the user's file named by
 * {@code source}; never both, since one of them would be silently ignored.
 *
 * @param table  the built-in table, used when there is no source
 * @param source the user's table file
 */
public record TableChoice(BuiltInTable table, Optional<Path> source) {

    /**
     * The choice the goal's {@code table} and {@code source} parameters make.
     *
     * @param table  the {@code table} parameter, if set
     * @param source the {@code source} parameter, if set
     * @return the user's file when there is one, else the named or the default built-in table
     * @throws InvalidInputException when both are set, or {@code table} names no built-in table
     */
    public static TableChoice of(Optional<String> table, Optional<Path> source) throws InvalidInputException {
        if (table.isPresent() && source.isPresent()) {
            throw new InvalidInputException(Diagnostic.ofConfiguration("parameters 'table' ('" + table.get()
                    + "') and 'source' ('" + source.get() + "') are both set; 'table' picks a built-in table and"
                    + " 'source' names your own: set one of them"));
        }
        if (table.isEmpty()) {
            return new TableChoice(BuiltInTable.CALLVOIP, source);
        }
        Optional<BuiltInTable> builtIn = BuiltInTable.parse(table.get());
        if (builtIn.isEmpty()) {
            throw new InvalidInputException(Diagnostic.ofConfiguration("parameter 'table': '" + table.get()
                    + "' is not a built-in table; use " + BuiltInTable.parameterValues()));
        }
        return new TableChoice(builtIn.get(), Optional.empty());
    }

    /**
     * The table's bytes.
     *
     * @return the content of the user's file or of the built-in table
     * @throws InvalidInputException when the source is a folder or does not exist
     * @throws IOException           when it cannot be read
     */
    public byte[] read() throws InvalidInputException, IOException {
        return source.isPresent() ? InputFiles.read(source.get(), "source") : table.bytes();
    }

    /**
     * How file headers and the info line name the table.
     *
     * @return its file name, or the built-in table's name
     */
    public String shortName() {
        return source.isPresent() ? source.get().getFileName().toString() : table.displayName();
    }

    /**
     * How messages name the table.
     *
     * @return the path given, so an editor can open it, or the built-in table's name
     */
    public String displayName() {
        return source.isPresent() ? source.get().toString() : table.displayName();
    }
}
