package io.github.sipstatus.init;

import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.input.BuiltInTable;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code init} is asked to write.
 *
 * @param file             the table to write; the schema goes beside it
 * @param projectDirectory the project's folder, so that the configuration it prints says {@code ${project.basedir}/...}
 * @param table            the built-in table to extend, or to copy
 * @param copy             whether to write the whole built-in table rather than a table that extends it
 */
public record InitRequest(Path file, Path projectDirectory, BuiltInTable table, boolean copy) {

    /**
     * Makes both paths absolute; the table is required.
     *
     * @param file             the table to write; the schema goes beside it
     * @param projectDirectory the project's folder
     * @param table            the built-in table to extend, or to copy
     * @param copy             whether to write the whole built-in table rather than a table that extends it
     */
    public InitRequest {
        file = file.toAbsolutePath().normalize();
        projectDirectory = projectDirectory.toAbsolutePath().normalize();
        Objects.requireNonNull(table, "table");
    }

    /**
     * From the goal's parameters, as given.
     *
     * @param file             the {@code file} parameter
     * @param projectDirectory the project's folder
     * @param table            the {@code table} parameter, a built-in table's name
     * @param copy             the {@code copy} parameter
     * @return the request
     * @throws InvalidInputException when {@code table} names no built-in table; the diagnostic names the parameter
     */
    public static InitRequest of(Path file, Path projectDirectory, String table, boolean copy) throws InvalidInputException {
        Optional<BuiltInTable> builtIn = BuiltInTable.parse(table);
        if (builtIn.isEmpty()) {
            throw new InvalidInputException(Diagnostic.ofConfiguration("parameter 'table': '" + table
                    + "' is not a built-in table; use " + BuiltInTable.parameterValues()));
        }
        return new InitRequest(file, projectDirectory, builtIn.get(), copy);
    }
}
