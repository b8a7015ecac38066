package io.github.sipstatus.check;

import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.input.BuiltInTable;
import io.github.sipstatus.input.TableChoice;
import io.github.sipstatus.model.MissingTranslations;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.yaml.StatusTableLoader;
import io.github.sipstatus.yaml.TableSource;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The whole {@code check} goal without Maven: read the table, compare, report, decide. */
public final class RegistryCheck {

    private RegistryCheck() {}

    /**
     * @param report the comparison as log lines
     * @param failed whether {@code failOn} makes this comparison a failure
     */
    public record Result(List<String> report, boolean failed) {}

    /**
     * Compares the chosen table with the built-in IANA registry.
     *
     * @param choice the table to check
     * @param failOn which findings fail the check
     * @return the report and whether the check failed
     * @throws InvalidInputException when the table cannot be read as a table
     * @throws IOException           when its file cannot be read
     */
    public static Result run(TableChoice choice, FailOn failOn) throws InvalidInputException, IOException {
        StatusTable table = load(choice);
        StatusTable registry = load(new TableChoice(BuiltInTable.IANA, Optional.empty()));
        RegistryComparison comparison = RegistryComparison.compare(table, registry);
        String name = choice.shortName();
        return new Result(ComparisonReport.lines(comparison, name, registry.codes().size()), failOn.fails(comparison));
    }

    private static StatusTable load(TableChoice choice) throws InvalidInputException, IOException {
        byte[] bytes = choice.read();
        // Only codes, phrases and RFCs are compared: missing translations are not this goal's business.
        return StatusTableLoader.load(new TableSource(choice.displayName(), bytes), List.of(), Optional.empty(),
                MissingTranslations.WARN).table();
    }
}
