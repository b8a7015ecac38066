package io.github.sipstatus.generation;

import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.input.BuiltInTable;
import io.github.sipstatus.input.InputFiles;
import io.github.sipstatus.output.BuildState;
import io.github.sipstatus.output.WriteSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One run of the goal: skipped when the inputs are those of the last run and its output is intact,
 * otherwise a {@link TableGeneration}.
 *
 * <p>This class decides, and nothing more, on purpose: most builds are up to date, and they run in a
 * cold JVM where every class loaded and every lambda linked costs a little. The heavy classes of a
 * full run (YAML, JavaPoet, the writers) are not even loaded when there is nothing to do.
 */
public final class SipStatusGenerator {

    private SipStatusGenerator() {}

    /**
     * Generates from a request, or finds that its output is up to date.
     *
     * @param request the run's inputs and output folders
     * @return what was generated and what the run did to the files
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
        List<byte[]> overlays = new ArrayList<>();
        for (Path overlay : request.overlays()) {
            overlays.add(InputFiles.read(overlay, "overlays"));
        }
        Optional<BuildState> previous = BuildState.read(request.stateFile());
        if (previous.isPresent()) {
            BuildState state = previous.get();
            // Unchanged bytes extend the same base as last time; whether the base is unchanged is in its bytes.
            // A base this plugin does not have cannot match, and the full run says what is wrong.
            Optional<BuiltInTable> base = state.base().isPresent() ? BuiltInTable.parse(state.base().get()) : Optional.empty();
            if (state.hasInputs(InputSnapshot.of(request, table, overlays, base))
                    && state.outputsIntact(request.sourceOutputDirectory(), request.resourceOutputDirectory())) {
                int leftovers = state.removeLeftovers(request.stateFile());
                return new GenerationResult(state.summary(), true, new WriteSummary(0,
                        state.sources().size() + state.resources().size(), 0, List.of(), leftovers), state.warnings());
            }
        }
        return TableGeneration.run(request, table, overlays, previous);
    }
}
