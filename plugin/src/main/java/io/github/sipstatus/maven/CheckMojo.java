package io.github.sipstatus.maven;

import io.github.sipstatus.check.FailOn;
import io.github.sipstatus.check.RegistryCheck;
import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.input.TableChoice;
import java.io.File;
import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares a status table with the IANA SIP response-code registry and reports the registry codes it
 * lacks, its codes the registry does not have, reason phrases or RFC numbers that differ, and codes the
 * registry deprecates that it does not mark. The registry is the plugin's built-in {@code iana} table,
 * so the check needs no network.
 *
 * <p>Not bound to a phase: run {@code mvn sip-status:check} in a project that uses the plugin, or bind
 * it to {@code verify} with {@code failOn} set so that a wrong reason phrase fails the build. It needs
 * no project: {@code mvn io.github.sipstatus:sip-status-maven-plugin:check -Dsip-status.source=codes.yaml}
 * checks any table.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", threadSafe = true, requiresProject = false)
public final class CheckMojo extends AbstractMojo {

    /**
     * The YAML status table to check, in the format the {@code generate} goal reads. When not set, the
     * built-in table named by {@code table} is checked.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sip-status.source")
    private File source;

    /**
     * The built-in table to check when there is no {@code source}: {@code callvoip} (the default) or
     * {@code iana}. Setting both {@code table} and {@code source} is an error.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sip-status.table")
    private String table;

    /**
     * When the check fails the build: {@code nothing} (the default: report only), {@code mismatch}
     * (a reason phrase or RFC differs from the registry, or a deprecated code is not marked), or
     * {@code missing} (a mismatch, or a registry code the table lacks). Codes the registry does not have
     * are reported and never fail the build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sip-status.failOn", defaultValue = "nothing")
    private String failOn;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try {
            Optional<FailOn> parsed = FailOn.parse(failOn);
            if (parsed.isEmpty()) {
                throw new InvalidInputException(Diagnostic.ofConfiguration(
                        "parameter 'failOn': '" + failOn + "' is not one of nothing, mismatch, missing"));
            }
            FailOn level = parsed.get();
            RegistryCheck.Result result = RegistryCheck.run(
                    TableChoice.of(Optional.ofNullable(table), source == null ? Optional.empty() : Optional.of(source.toPath())),
                    level);
            Log log = getLog();
            for (String line : result.report()) {
                if (result.failed()) {
                    log.error(line);
                } else {
                    log.info(line);
                }
            }
            if (result.failed()) {
                throw new MojoFailureException("The SIP status table does not match the IANA registry (failOn="
                        + level.parameterValue() + ")");
            }
        } catch (InvalidInputException e) {
            throw MojoFailures.of(getLog(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not check the SIP status table: " + e.getMessage(), e);
        }
    }
}
