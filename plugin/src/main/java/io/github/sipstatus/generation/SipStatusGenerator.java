package io.github.sipstatus.generation;

import io.github.sipstatus.bundle.BundleFiles;
import io.github.sipstatus.codegen.GeneratedTypes;
import io.github.sipstatus.codegen.JavaSources;
import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.output.OutputWriter;
import io.github.sipstatus.output.WriteSummary;
import io.github.sipstatus.yaml.LoadedTable;
import io.github.sipstatus.yaml.StatusTableLoader;
import io.github.sipstatus.yaml.TableSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        List<TableSource> overlays = new ArrayList<>();
        for (Path overlay : request.overlays()) {
            overlays.add(new TableSource(overlay.toString(), readFile(overlay, "overlays")));
        }
        LoadedTable loaded = StatusTableLoader.load(new TableSource(displayName(request), readTable(request)),
                overlays, request.locales(), request.missingTranslations());
        StatusTable table = loaded.table();
        String tableName = request.source().map(p -> p.getFileName().toString()).orElse(BuiltInTable.displayName());
        GeneratedTypes types = new GeneratedTypes(request.packageName());
        WriteSummary sources = OutputWriter.write(request.sourceOutputDirectory(), JavaSources.generate(table, types, tableName));
        WriteSummary resources = OutputWriter.write(request.resourceOutputDirectory(), BundleFiles.generate(table, types, tableName));
        return new GenerationResult(tableName, table.codes().size(), table.locales().size(), sources.plus(resources),
                loaded.warnings());
    }

    private static String displayName(GenerationRequest request) {
        return request.source().map(Path::toString).orElse(BuiltInTable.displayName());
    }

    private static byte[] readTable(GenerationRequest request) throws InvalidInputException, IOException {
        if (request.source().isEmpty()) {
            return BuiltInTable.bytes();
        }
        return readFile(request.source().get(), "source");
    }

    private static byte[] readFile(Path file, String parameter) throws InvalidInputException, IOException {
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
