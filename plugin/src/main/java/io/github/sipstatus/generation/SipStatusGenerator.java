package io.github.sipstatus.generation;

import io.github.sipstatus.bundle.BundleFiles;
import io.github.sipstatus.codegen.GeneratedTypes;
import io.github.sipstatus.codegen.JavaSources;
import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.output.OutputWriter;
import io.github.sipstatus.output.WriteSummary;
import io.github.sipstatus.yaml.StatusTableLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One run of the goal: table → model → Java sources and bundles → output folders. */
public final class SipStatusGenerator {

    private SipStatusGenerator() {}

    /**
     * @throws InvalidInputException when the configuration or the table has problems; then nothing was written
     * @throws IOException           when the table cannot be read or the output cannot be written
     */
    public static GenerationResult generate(GenerationRequest request) throws InvalidInputException, IOException {
        var packageProblem = PackageNames.problem(request.packageName());
        if (packageProblem.isPresent()) {
            throw new InvalidInputException(Diagnostic.ofConfiguration("parameter 'packageName': '"
                    + request.packageName() + "' " + packageProblem.get()));
        }
        StatusTable table = StatusTableLoader.load(displayName(request), readTable(request));
        String tableName = request.source().map(p -> p.getFileName().toString()).orElse(BuiltInTable.displayName());
        GeneratedTypes types = new GeneratedTypes(request.packageName());
        WriteSummary sources = OutputWriter.write(request.sourceOutputDirectory(), JavaSources.generate(table, types, tableName));
        WriteSummary resources = OutputWriter.write(request.resourceOutputDirectory(), BundleFiles.generate(table, types, tableName));
        return new GenerationResult(tableName, table.codes().size(), table.locales().size(), sources.plus(resources));
    }

    private static String displayName(GenerationRequest request) {
        return request.source().map(Path::toString).orElse(BuiltInTable.displayName());
    }

    private static byte[] readTable(GenerationRequest request) throws InvalidInputException, IOException {
        if (request.source().isEmpty()) {
            return BuiltInTable.bytes();
        }
        Path source = request.source().get();
        if (Files.isDirectory(source)) {
            throw new InvalidInputException(Diagnostic.of(source.toString(),
                    "parameter 'source' names a folder; it must name a YAML table file"));
        }
        if (!Files.isRegularFile(source)) {
            throw new InvalidInputException(Diagnostic.of(source.toString(),
                    "parameter 'source': no such file"));
        }
        return Files.readAllBytes(source);
    }
}
