package io.github.sipstatus.generation;

import io.github.sipstatus.bundle.BundleFiles;
import io.github.sipstatus.codegen.GeneratedTypes;
import io.github.sipstatus.codegen.JavaSources;
import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.output.BuildState;
import io.github.sipstatus.output.WrittenFile;
import io.github.sipstatus.output.GeneratedFile;
import io.github.sipstatus.output.OutputWriter;
import io.github.sipstatus.output.WriteSummary;
import io.github.sipstatus.yaml.LoadedTable;
import io.github.sipstatus.yaml.StatusTableLoader;
import io.github.sipstatus.yaml.TableSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A full run: table → model → Java sources and bundles → output folders → build state. Everything is
 * generated in memory and checked before the first byte is written, so a table with mistakes leaves
 * the last output as it was.
 */
final class TableGeneration {

    private TableGeneration() {}

    static GenerationResult run(GenerationRequest request, byte[] table, List<byte[]> overlayBytes,
            Optional<BuildState> previous) throws InvalidInputException, IOException {
        List<TableSource> overlays = new ArrayList<>();
        for (int i = 0; i < overlayBytes.size(); i++) {
            overlays.add(new TableSource(request.overlays().get(i).toString(), overlayBytes.get(i)));
        }
        LoadedTable loaded = StatusTableLoader.load(new TableSource(request.table().displayName(), table), overlays,
                request.locales(), request.missingTranslations());
        StatusTable model = loaded.table();
        String tableName = request.table().shortName();
        GeneratedTypes types = new GeneratedTypes(request.packageName());
        List<GeneratedFile> sources = JavaSources.generate(model, types, tableName);
        List<GeneratedFile> resources = BundleFiles.generate(model, types, tableName);

        // Both folders are staged before either is touched: the output changes as a whole or not at all.
        Optional<OutputWriter.Produced> producedSources = Optional.empty();
        Optional<OutputWriter.Produced> producedResources = Optional.empty();
        if (previous.isPresent()) {
            producedSources = Optional.of(new OutputWriter.Produced(previous.get().sourceRoot(), previous.get().sources()));
            producedResources = Optional.of(new OutputWriter.Produced(previous.get().resourceRoot(), previous.get().resources()));
        }
        OutputWriter.Staged stagedSources = OutputWriter.stage(request.sourceOutputDirectory(), sources, producedSources);
        OutputWriter.Staged stagedResources;
        try {
            stagedResources = OutputWriter.stage(request.resourceOutputDirectory(), resources, producedResources);
        } catch (IOException | RuntimeException e) {
            stagedSources.discard();
            throw e;
        }
        WriteSummary written = stagedSources.commit().plus(stagedResources.commit());
        String summary = tableName + " (" + model.codes().size() + " codes, " + model.locales().size() + " locales) in "
                + request.packageName();
        List<String> warnings = new ArrayList<>();
        for (Diagnostic warning : loaded.warnings()) {
            warnings.add(warning.toString());
        }
        // Only now is it known which built-in table, if any, the table extends.
        byte[] fingerprint = InputSnapshot.of(request, table, overlayBytes, loaded.base());
        Optional<String> base = loaded.base().isPresent() ? Optional.of(loaded.base().get().parameterValue()) : Optional.empty();
        int stateLeftovers = new BuildState(fingerprint, summary, request.sourceOutputDirectory(), writtenFiles(sources),
                request.resourceOutputDirectory(), writtenFiles(resources), warnings, base)
                .write(request.stateFile());
        written = written.plus(new WriteSummary(0, 0, 0, List.of(), stateLeftovers));
        return new GenerationResult(summary, false, written, warnings);
    }

    /** From the bytes just written, not read back: on disk they are the same. */
    private static List<WrittenFile> writtenFiles(List<GeneratedFile> files) {
        List<WrittenFile> written = new ArrayList<>();
        for (GeneratedFile file : files) {
            written.add(WrittenFile.of(file));
        }
        return written;
    }
}
