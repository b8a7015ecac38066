package io.github.sipstatus.generation;

import io.github.sipstatus.input.BuiltInTable;
import io.github.sipstatus.input.TableChoice;
import io.github.sipstatus.model.MissingTranslations;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one run of the generator needs, checked by the generator itself so that a plain test can
 * drive it exactly as the Maven goal does.
 *
 * @param table                   the table: a built-in one, or the user's file
 * @param overlays                YAML overlays that add or reword the texts of one locale each, in order
 * @param locales                 the table locales to generate, or empty for all; the default is always kept
 * @param missingTranslations     whether a generated locale that lacks a text fails the run or warns
 * @param packageName             the Java package to generate into
 * @param sourceOutputDirectory   where the Java sources go
 * @param resourceOutputDirectory where the resource bundles go
 * @param stateFile               where the run keeps what it produced, to skip the next run when nothing changed
 * @param generatorVersion        the plugin's version: a new version regenerates even from the same inputs
 */
public record GenerationRequest(
        TableChoice table,
        List<Path> overlays,
        Optional<List<String>> locales,
        MissingTranslations missingTranslations,
        String packageName,
        Path sourceOutputDirectory,
        Path resourceOutputDirectory,
        Path stateFile,
        String generatorVersion) {

    /**
     * Every component is required; the lists are copied.
     *
     * @param table                   the table: a built-in one, or the user's file
     * @param overlays                YAML overlays that add or reword the texts of one locale each, in order
     * @param locales                 the table locales to generate, or empty for all; the default is always kept
     * @param missingTranslations     whether a generated locale that lacks a text fails the run or warns
     * @param packageName             the Java package to generate into
     * @param sourceOutputDirectory   where the Java sources go
     * @param resourceOutputDirectory where the resource bundles go
     * @param stateFile               where the run keeps what it produced, to skip the next run when nothing changed
     * @param generatorVersion        the plugin's version: a new version regenerates even from the same inputs
     */
    public GenerationRequest {
        Objects.requireNonNull(table, "table");
        overlays = List.copyOf(overlays);
        locales = locales.isPresent() ? Optional.of(List.copyOf(locales.get())) : locales;
        Objects.requireNonNull(missingTranslations, "missingTranslations");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(sourceOutputDirectory, "sourceOutputDirectory");
        Objects.requireNonNull(resourceOutputDirectory, "resourceOutputDirectory");
        Objects.requireNonNull(stateFile, "stateFile");
        Objects.requireNonNull(generatorVersion, "generatorVersion");
    }

    /**
     * The common case, for tests and tools: a table (or the default built-in one), all its locales, every
     * translation required, the state kept next to the source output folder.
     *
     * @param source                  the user's table, or empty for the default built-in one
     * @param packageName             the Java package to generate into
     * @param sourceOutputDirectory   where the Java sources go
     * @param resourceOutputDirectory where the resource bundles go
     * @return the request
     */
    public static GenerationRequest of(Optional<Path> source, String packageName, Path sourceOutputDirectory,
            Path resourceOutputDirectory) {
        return new GenerationRequest(new TableChoice(BuiltInTable.CALLVOIP, source), List.of(), Optional.empty(), MissingTranslations.FAIL, packageName,
                sourceOutputDirectory, resourceOutputDirectory,
                sourceOutputDirectory.resolveSibling(sourceOutputDirectory.getFileName() + ".sip-status-state"), "dev");
    }
}
