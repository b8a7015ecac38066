package io.github.sipstatus.input;

import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the files that parameters name, and says which parameter names something that is not one. */
public final class InputFiles {

    private InputFiles() {}

    /**
     * The bytes of a file a parameter names.
     *
     * @param file      the file
     * @param parameter the parameter's name, for the diagnostic when it is a folder or missing
     * @return the file's bytes
     * @throws InvalidInputException when the file is a folder or does not exist
     * @throws IOException           when it cannot be read
     */
    public static byte[] read(Path file, String parameter) throws InvalidInputException, IOException {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(Diagnostic.of(file.toString(),
                    "parameter '" + parameter + "' names a folder; it must name a YAML file"));
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(Diagnostic.of(file.toString(), "parameter '" + parameter + "': no such file"));
        }
        return Files.readAllBytes(file);
    }
}
