package io.github.sipstatus.maven;

import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.InvalidInputException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** Problems in the user's input, as Maven shows them: one error line each, then one failure. */
final class MojoFailures {

    private MojoFailures() {}

    static MojoFailureException of(Log log, InvalidInputException e) {
        for (Diagnostic diagnostic : e.diagnostics()) {
            log.error(diagnostic.toString());
        }
        return new MojoFailureException(e.getMessage());
    }
}
