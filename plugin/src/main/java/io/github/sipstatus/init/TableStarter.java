package io.github.sipstatus.init;

import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.input.TableSchema;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.yaml.StatusTableLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The whole {@code init} goal without Maven: decide what to write, refuse to overwrite, write, report. */
public final class TableStarter {

    private TableStarter() {}

    /**
     * Writes the table (and its schema) that a request asks for.
     *
     * @param request what to write, and where
     * @return the files written and the report for the user
     * @throws InvalidInputException when a file it would write is there already; then nothing was written
     * @throws IOException           when a file cannot be written
     */
    public static InitResult init(InitRequest request) throws InvalidInputException, IOException {
        Path table = request.file();
        Path schema = table.resolveSibling(TableSchema.FILE_NAME);
        byte[] schemaBytes = TableSchema.bytes();
        List<Diagnostic> problems = new ArrayList<>();
        if (Files.exists(table)) {
            problems.add(Diagnostic.of(table.toString(), "exists already, and sip-status:init never overwrites a file;"
                    + " delete it, or write another with -Dsip-status.file=<path>"));
        }
        // The same schema, from an earlier init in this folder, may stay: that overwrites nothing.
        boolean schemaThere = Files.exists(schema);
        if (schemaThere && !(Files.isRegularFile(schema) && Arrays.equals(Files.readAllBytes(schema), schemaBytes))) {
            problems.add(Diagnostic.of(schema.toString(), "exists already with other content, and sip-status:init never"
                    + " overwrites a file; delete it to get this plugin's schema, or write the table elsewhere"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String shown = shown(request);
        byte[] content = request.copy() ? request.table().bytes()
                : StarterText.of(request.table(), base(request), shown).getBytes(StandardCharsets.UTF_8);

        Files.createDirectories(table.getParent());
        List<Path> written = new ArrayList<>();
        if (!schemaThere) {
            createNew(schema, schemaBytes);
            written.add(schema);
        }
        createNew(table, content);
        written.add(0, table);

        List<String> report = new ArrayList<>();
        report.add("Wrote " + shown + ": " + (request.copy()
                ? "a copy of the whole " + request.table().tableName() + ", yours to edit"
                : "a table that extends the " + request.table().tableName() + ", with commented examples of a new and"
                        + " of a changed code"));
        report.add((schemaThere ? "Kept " : "Wrote ") + shown(request, schema) + ": the JSON Schema that editors use to"
                + " check and complete the table as you type");
        report.add("To generate from it, give the generate goal this configuration in pom.xml (instead of any 'table'):");
        report.add("  <configuration>");
        report.add("    <source>" + (table.startsWith(request.projectDirectory()) ? "${project.basedir}/" + shown : shown)
                + "</source>");
        report.add("  </configuration>");
        return new InitResult(written, report);
    }

    private static StatusTable base(InitRequest request) {
        try {
            return StatusTableLoader.load(request.table().displayName(), request.table().bytes());
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the " + request.table().tableName() + " has problems: " + e.diagnostics(), e);
        }
    }

    /** CREATE_NEW, so that a file that appeared since the check is refused all the same. */
    private static void createNew(Path file, byte[] content) throws IOException, InvalidInputException {
        try {
            Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new InvalidInputException(Diagnostic.of(file.toString(),
                    "exists already, and sip-status:init never overwrites a file"));
        }
    }

    private static String shown(InitRequest request) {
        return shown(request, request.file());
    }

    /** The file relative to the project, with '/', as a pom names it; absolute when it is outside the project. */
    private static String shown(InitRequest request, Path file) {
        if (!file.startsWith(request.projectDirectory())) {
            return file.toString();
        }
        return request.projectDirectory().relativize(file).toString().replace('\\', '/');
    }
}
