package io.github.sipstatus.maven;

import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.init.InitRequest;
import io.github.sipstatus.init.InitResult;
import io.github.sipstatus.init.TableStarter;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts the project's own table: writes a YAML table that extends a built-in one, with commented
 * examples of a new code and of a changed one, and the JSON Schema beside it for editors; then prints
 * the configuration that makes {@code generate} use it. Never overwrites a file. Not bound to a phase:
 * run {@code mvn sip-status:init}.
 *
 * @since 0.1.0
 */
@Mojo(name = "init", threadSafe = true, requiresProject = false)
public final class InitMojo extends AbstractMojo {

    /**
     * The table to write. The schema, {@code sip-status-codes.schema.json}, is written beside it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sip-status.file", defaultValue = "${project.basedir}/src/main/sip/sip-status-codes.yaml")
    private File file;

    /**
     * The built-in table to start from: {@code callvoip} (the default: the 51 codes of Callvoip's
     * overview) or {@code iana} (the whole IANA registry, 75 codes).
     *
     * @since 0.1.0
     */
    @Parameter(property = "sip-status.table", defaultValue = "callvoip")
    private String table;

    /**
     * Write the whole built-in table instead of a table that extends it, for a project that wants to own
     * every line (it then no longer follows the plugin's table when the plugin is upgraded).
     *
     * @since 0.1.0
     */
    @Parameter(property = "sip-status.copy", defaultValue = "false")
    private boolean copy;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try {
            InitResult result = TableStarter.init(InitRequest.of(file.toPath(), basedir.toPath(), table, copy));
            for (String line : result.report()) {
                getLog().info(line);
            }
        } catch (InvalidInputException e) {
            throw MojoFailures.of(getLog(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the SIP status table: " + e.getMessage(), e);
        }
    }
}
