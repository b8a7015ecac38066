package io.github.sipstatus.generation;

import io.github.sipstatus.bundle.BundleFiles;
import io.github.sipstatus.codegen.GeneratedTypes;
import io.github.sipstatus.codegen.JavaSources;
import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.output.BuildState;
import io.github.sipstatus.output.FileDigest;
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
 * One run of the goal: table → model → Java sources and bundles → output folders, skipped when the
 * inputs are those of the last run and its output is intact. Everything is generated in memory and
 * checked before the first byte is written, so a table with mistakes leaves the last output as it was.
 */
public final class SipStatusGenerator {

    private SipStatusGenerator() {}

    /**
     * @throws InvalidInputException when the configuration or the table has problems; then nothing was written
     * @throws IOException           when an input cannot be read or the output cannot be written
     */
    public static GenerationResult generate(GenerationRequest request) throws InvalidInputException, IOException {
        Optional<String> packageProblem = PackageNames.problem(request.packageName());
        if (packageProblem.isPresent()) {
            throw new InvalidInputException(Diagnostic.ofConfiguration("parameter 'packageName': '"
                    + request.packageName() + "' " + packageProblem.get()));
        }
        byte[] table = request.table().read();
        List<TableSource> overlays = new ArrayList<>();
        for (Path overlay : request.overlays()) {
            overlays.add(new TableSource(overlay.toString(), InputFiles.read(overlay, "overlays")));
        }
        String fingerprint = InputFingerprint.of(request, table, overlays.stream().map(TableSource::bytes).toList());
        Optional<BuildState> previous = BuildState.read(request.stateFile());
        if (previous.isPresent() && isUpToDate(previous.get(), fingerprint, request)) {
            BuildState state = previous.get();
            return new GenerationResult(state.summary(), true,
                    new WriteSummary(0, state.sources().size() + state.resources().size(), 0), state.warnings());
        }

        LoadedTable loaded = StatusTableLoader.load(new TableSource(request.table().displayName(), table), overlays,
                request.locales(), request.missingTranslations());
        StatusTable model = loaded.table();
        String tableName = request.table().shortName();
        GeneratedTypes types = new GeneratedTypes(request.packageName());
        List<GeneratedFile> sources = JavaSources.generate(model, types, tableName);
        List<GeneratedFile> resources = BundleFiles.generate(model, types, tableName);

        WriteSummary written = OutputWriter.write(request.sourceOutputDirectory(), sources,
                        paths(previous.map(BuildState::sources)))
                .plus(OutputWriter.write(request.resourceOutputDirectory(), resources,
                        paths(previous.map(BuildState::resources))));
        String summary = tableName + " (" + model.codes().size() + " codes, " + model.locales().size() + " locales) in "
                + request.packageName();
        List<String> warnings = loaded.warnings().stream().map(Diagnostic::toString).toList();
        new BuildState(fingerprint, summary, digests(sources), digests(resources), warnings).write(request.stateFile());
        return new GenerationResult(summary, false, written, warnings);
    }

    private static boolean isUpToDate(BuildState state, String fingerprint, GenerationRequest request) throws IOException {
        return state.fingerprint().equals(fingerprint)
                && OutputWriter.allPresent(request.sourceOutputDirectory(), state.sources())
                && OutputWriter.allPresent(request.resourceOutputDirectory(), state.resources());
    }

    private static List<String> paths(Optional<List<FileDigest>> digests) {
        return digests.orElse(List.of()).stream().map(FileDigest::relativePath).toList();
    }

    private static List<FileDigest> digests(List<GeneratedFile> files) {
        return files.stream().map(FileDigest::of).toList();
    }

}
