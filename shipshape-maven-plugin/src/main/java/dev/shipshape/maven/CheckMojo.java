package dev.shipshape.maven;

import dev.shipshape.dsl.App;
import dev.shipshape.report.Report;
import dev.shipshape.report.ReportFormat;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Checks the application (every rule, as {@code app.validate()}), or the YAML files and directories configured (as
 * {@code Shipshape.check}), logs every violation, writes the reports to {@code target/shipshape/}, and fails the build
 * when one is an error.
 *
 * <pre>{@code
 * <configuration>
 *   <files><file>k8s</file></files>          <!-- optional: YAML to check instead of the app -->
 *   <formats>sarif,junit</formats>
 * </configuration>
 * }</pre>
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class CheckMojo extends ShipshapeMojo {

    /**
     * YAML files and directories to check (every .yaml, .yml and .json below), relative to the project. Unset, the
     * goal checks the application instead.
     */
    @Parameter(property = "shipshape.files")
    protected List<File> files = new ArrayList<>();

    /** The report formats written to the report directory: any of text, json, sarif and junit. */
    @Parameter(property = "shipshape.formats", defaultValue = "text,sarif,junit")
    protected List<String> formats = new ArrayList<>();

    /** Where the reports go: {@code shipshape.txt}, {@code shipshape.json}, {@code shipshape.sarif}, {@code shipshape-junit.xml}. */
    @Parameter(property = "shipshape.reportDirectory", defaultValue = "${project.build.directory}/shipshape")
    protected File reportDirectory;

    /** Whether an error fails the build. With false, errors are logged and reported only. */
    @Parameter(property = "shipshape.failOnError", defaultValue = "true")
    protected boolean failOnError;

    /** Creates the goal (Maven does). */
    public CheckMojo() {
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("shipshape: check skipped (shipshape.skip)");
            return;
        }
        Set<ReportFormat> chosen = new LinkedHashSet<>();
        for (String f : formats) {
            for (String name : f.split(",")) {
                if (!name.isBlank()) {
                    try {
                        chosen.add(ReportFormat.of(name));
                    } catch (IllegalArgumentException e) {
                        throw new MojoFailureException("<formats>: " + e.getMessage(), e);
                    }
                }
            }
        }
        Report report = files.isEmpty() ? checkApps() : checkFiles();
        for (Violation v : report.violations()) {
            if (v.severity() == Severity.ERROR) {
                getLog().error(v.toString());
            } else if (v.severity() == Severity.WARNING) {
                getLog().warn(v.toString());
            } else {
                getLog().info(v.toString());
            }
        }
        getLog().info("shipshape: " + report.summary());
        for (ReportFormat f : chosen) {
            File out = new File(reportDirectory, f.fileName());
            try {
                report.writeTo(f, out.toPath());
            } catch (IOException e) {
                throw new MojoExecutionException("cannot write " + out + ": " + e.getMessage(), e);
            }
            getLog().info("shipshape: wrote " + out);
        }
        if (report.hasErrors() && failOnError) {
            throw new MojoFailureException("Shipshape found " + report.count(Severity.ERROR) + " error(s), listed above"
                    + (chosen.isEmpty() ? "" : " and in " + reportDirectory));
        }
    }

    private Report checkFiles() throws MojoFailureException {
        // relative to where Maven runs (the repository's root, usually) when below it: a report's file names are then
        // the repository's, which SARIF viewers resolve; else absolute
        Path cwd = Path.of("").toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>();
        for (File f : files) {
            Path absolute = (f.isAbsolute() ? f : new File(project.getBasedir(), f.getPath())).toPath().toAbsolutePath()
                    .normalize();
            if (!java.nio.file.Files.exists(absolute)) {
                throw new MojoFailureException("<files>: " + absolute + " does not exist");
            }
            paths.add(absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute);
        }
        return Report.check(policy(Policy.defaults()), paths.toArray(Path[]::new));
    }

    private Report checkApps() throws MojoExecutionException, MojoFailureException {
        List<Violation> all = new ArrayList<>();
        for (App a : apps()) {
            App chosen = configuresPolicy() ? a.policy(policy(a.policy())) : a;
            all.addAll(chosen.validate());
        }
        return Report.of(all);
    }
}
