package io.github.sipstatus.maven;

import io.github.sipstatus.diagnostics.Diagnostic;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.generation.GenerationRequest;
import io.github.sipstatus.generation.GenerationResult;
import io.github.sipstatus.generation.PackageNames;
import io.github.sipstatus.generation.SipStatusGenerator;
import io.github.sipstatus.input.TableChoice;
import io.github.sipstatus.model.MissingTranslations;
import io.github.sipstatus.output.WriteSummary;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates the type-safe SIP status API ({@code SipStatus}, {@code SipStatusCodes},
 * {@code SipStatusCategory}) and its localized resource bundles from a YAML status table: the built-in
 * one, or the project's own given by {@code source}. The Java sources compile with {@code --release 8}
 * and later and need nothing at run time.
 *
 * <p>The output folders are added to the project's compile sources and resources, so the compiler,
 * the jar and IDEs that import the Maven model see the generated code. The goal is incremental: when the
 * table, the overlays, the parameters and the plugin's version are those of the last run and every file
 * it wrote is unchanged, it writes nothing and logs one "is up to date" line. A table with mistakes
 * fails the build with one {@code file:line:column: message} line per problem, and leaves the previous
 * output as it was.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    /**
     * The YAML status table to generate from, for example
     * <code>${project.basedir}/src/main/sip/sip-status-codes.yaml</code>: a table of its own, or one that
     * {@code extends} a built-in table and lists only its additions and changes ({@code sip-status:init}
     * starts one). The
     * <a href="https://github.com/sipstatus/sip-status-maven-plugin#the-table-yaml-schema-version-1">README</a>
     * describes the format (schema version 1) and the JSON Schema that editors can check it with. When not
     * set, the built-in table named by {@code table} is used.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sip-status.source")
    private File source;

    /**
     * The built-in table to use when there is no {@code source}: {@code callvoip} (the default: the 51
     * codes of Callvoip's overview) or {@code iana} (the whole IANA registry, 75 codes); both in English
     * and Dutch. Setting both {@code table} and {@code source} is an error.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sip-status.table")
    private String table;

    /**
     * YAML overlays that each add a locale to the table or reword some of its texts, applied in order
     * (a later one wins): in {@code <overlays>}, one element each, for example
     * <code>&lt;overlay&gt;${project.basedir}/src/main/sip/sip-status-de.yaml&lt;/overlay&gt;</code>.
     * Each names its {@code locale} and gives {@code categories} titles and {@code codes} texts; see the
     * <a href="https://github.com/sipstatus/sip-status-maven-plugin#overlays-add-a-language-without-copying-the-table">README</a>
     * for the format. An overlay that adds a locale must give every text of it, unless
     * {@code missingTranslations} is {@code warn}; one for a locale the table has replaces only the texts
     * it gives.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<File> overlays;

    /**
     * The locales to generate bundles for, as BCP 47 tags from the table's (and overlays') locales: in the
     * POM {@code <locales><locale>nl</locale></locales>}, on the command line
     * {@code -Dsip-status.locales=en,nl}. The table's default locale is always generated. All of them
     * when not set. A locale the table does not have is an error.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sip-status.locales")
    private List<String> locales;

    /**
     * What a generated locale that lacks a text is: {@code fail} (the default) stops the build and names
     * every missing text at its {@code file:line:column}; {@code warn} logs the same and generates, and the
     * missing texts fall back to the table's default locale at run time. Texts of the default locale are
     * always required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sip-status.missingTranslations", defaultValue = "fail")
    private String missingTranslations;

    /**
     * The Java package to generate into, for example {@code com.example.voip.sip}. Defaults to the
     * project's groupId plus {@code .sip}, made a valid package name ({@code com.my-company} becomes
     * {@code com.my_company.sip}). A name with a Java keyword or in {@code java.*} is an error. Changing
     * it moves the generated types: the next build deletes the files it generated in the old package, and
     * code that imports them must follow.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sip-status.packageName")
    private String packageName;

    /**
     * Where the Java sources are generated; added to the project's compile source roots. Files there
     * that the goal did not write are left alone.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/sip-status", required = true)
    private File outputDirectory;

    /**
     * Where the resource bundles ({@code SipStatusMessages*.properties}) are generated; added to the
     * project's resources, so they are packaged beside the classes that read them.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.directory}/generated-resources/sip-status", required = true)
    private File resourceOutputDirectory;

    /**
     * Skips the goal: nothing is generated. The output folders are still added to the project, so
     * output an earlier run left there is compiled and packaged.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sip-status.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor pluginDescriptor;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        // Registered before anything else, so the roots are there whatever the outcome of the run, and even
        // when skipped: skipping the work must not skip its side effects (a build that skips generation
        // still compiles the output an earlier run left).
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        Resource resources = new Resource();
        resources.setDirectory(resourceOutputDirectory.getAbsolutePath());
        project.addResource(resources);
        if (skip) {
            getLog().info("Skipping SIP status generation (sip-status.skip)");
            return;
        }
        long start = System.nanoTime();
        try {
            GenerationResult result = SipStatusGenerator.generate(request());
            for (String warning : result.warnings()) {
                getLog().warn(warning);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            WriteSummary files = result.files();
            // Repairs are named at warning level: whoever edited a generated file has just lost that edit.
            for (String repaired : files.repaired()) {
                getLog().warn("Repaired " + repaired + ": it was changed or deleted since the last build, and is"
                        + " written again as generated (change the table or an overlay instead)");
            }
            if (files.leftovers() > 0) {
                getLog().info("Removed " + files.leftovers() + " temporary file(s) an interrupted build left beside the output");
            }
            getLog().info(result.upToDate()
                    ? String.format("SIP status API for %s is up to date (%d files, %d ms)", result.summary(),
                            files.unchanged(), millis)
                    : String.format("SIP status API for %s: %d written%s, %d unchanged, %d deleted (%d ms)", result.summary(),
                            files.written(), files.repaired().isEmpty() ? "" : " (" + files.repaired().size() + " repaired)",
                            files.unchanged(), files.deleted(), millis));
        } catch (InvalidInputException e) {
            throw MojoFailures.of(getLog(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not generate the SIP status API: " + e.getMessage(), e);
        }
    }

    // Plain conditionals rather than Optional.map and streams: each lambda is linked on first use, and
    // an up-to-date build runs in the milliseconds of a cold JVM.
    private GenerationRequest request() throws InvalidInputException {
        List<Path> overlayPaths = new ArrayList<>();
        if (overlays != null) {
            for (File overlay : overlays) {
                overlayPaths.add(overlay.toPath());
            }
        }
        Optional<MissingTranslations> policy = MissingTranslations.parse(missingTranslations);
        if (policy.isEmpty()) {
            throw new InvalidInputException(Diagnostic.ofConfiguration("parameter 'missingTranslations': '"
                    + missingTranslations + "' is neither 'fail' nor 'warn'"));
        }
        return new GenerationRequest(
                TableChoice.of(Optional.ofNullable(table), source == null ? Optional.empty() : Optional.of(source.toPath())),
                overlayPaths,
                locales == null || locales.isEmpty() ? Optional.empty() : Optional.of(locales),
                policy.get(),
                packageName(),
                outputDirectory.toPath(),
                resourceOutputDirectory.toPath(),
                // One state per execution: two executions of the goal in one project keep their own.
                Path.of(project.getBuild().getDirectory(), "sip-status", mojoExecution.getExecutionId() + ".state"),
                generatorVersion());
    }

    /**
     * The plugin's version; for a SNAPSHOT also its jar's size and time, since a rebuilt SNAPSHOT may
     * generate other code under the same version (in this project's own reactor, for one).
     */
    private String generatorVersion() {
        String version = pluginDescriptor.getVersion();
        File jar = pluginDescriptor.getPluginArtifact() == null ? null : pluginDescriptor.getPluginArtifact().getFile();
        if (version.endsWith("-SNAPSHOT") && jar != null) {
            return version + "@" + jar.length() + "/" + jar.lastModified();
        }
        return version;
    }

    private String packageName() throws InvalidInputException {
        if (packageName != null) {
            return packageName.strip();
        }
        Optional<String> derived = PackageNames.fromGroupId(project.getGroupId());
        if (derived.isEmpty()) {
            throw new InvalidInputException(Diagnostic.ofConfiguration("cannot make a Java package name from the groupId '"
                    + project.getGroupId() + "'; set the parameter 'packageName'"));
        }
        return derived.get();
    }
}
