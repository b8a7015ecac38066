package io.github.sipstatus.generation;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one run of the generator needs, checked by the generator itself so that a plain test can
 * drive it exactly as the Maven goal does.
 *
 * @param source                  the YAML table, or empty for the built-in table
 * @param packageName             the Java package to generate into
 * @param sourceOutputDirectory   where the Java sources go
 * @param resourceOutputDirectory where the resource bundles go
 */
public record GenerationRequest(
        Optional<Path> source, String packageName, Path sourceOutputDirectory, Path resourceOutputDirectory) {

    public GenerationRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(sourceOutputDirectory, "sourceOutputDirectory");
        Objects.requireNonNull(resourceOutputDirectory, "resourceOutputDirectory");
    }
}
