package dev.shipshape.maven;

import dev.shipshape.dsl.App;
import dev.shipshape.render.Manifests;
import dev.shipshape.render.RolloutDiff;
import dev.shipshape.validation.InvalidAppException;
import dev.shipshape.validation.Violations;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Renders the application into {@code target/manifests}: one YAML file per object, a {@code kustomization.yaml} and
 * {@code topology.md}. Validates first: every error at once fails the build and nothing is written. Prints a summary
 * (objects per kind, warnings, what the autoscalers do) and the rollout diff against what was there before (which
 * workloads will roll).
 *
 * <pre>{@code
 * mvn package                      # with <goal>render</goal> in the plugin's executions
 * mvn package -Dshipshape.skip     # without rendering
 * }</pre>
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class RenderMojo extends ShipshapeMojo {

    /** Creates the goal (Maven does). */
    public RenderMojo() {
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("shipshape: render skipped (shipshape.skip)");
            return;
        }
        List<App> apps = apps();
        for (App a : apps) {
            App chosen = configuresPolicy() ? a.policy(policy(a.policy())) : a;
            Manifests m;
            try {
                m = chosen.render();
            } catch (InvalidAppException e) {
                throw new MojoFailureException(a.name() + ": " + e.errors().size() + " error(s), nothing written:\n"
                        + Violations.format(e.violations()), e);
            }
            File dir = directoryOf(a, apps.size());
            try {
                RolloutDiff diff = m.diff(dir.toPath());
                List<String> files = m.writeTo(dir.toPath());
                summary(a, m, diff, files.size(), dir).lines().forEach(getLog()::info);
            } catch (IOException e) {
                throw new MojoExecutionException("cannot write the manifests of " + a.name() + " to " + dir + ": "
                        + e.getMessage(), e);
            }
        }
    }

    /** What a render says: objects per kind, warnings, autoscaling, the diff, where it wrote. */
    static String summary(App app, Manifests m, RolloutDiff diff, int files, File dir) {
        StringBuilder b = new StringBuilder();
        b.append(app.name()).append(": ").append(m.size()).append(" objects (");
        String sep = "";
        for (Map.Entry<String, Integer> e : m.countByKind().entrySet()) {
            b.append(sep).append(e.getValue()).append(' ').append(e.getKey());
            sep = ", ";
        }
        b.append("), ").append(m.warnings().size()).append(" warning(s)\n");
        Violations.format(m.warnings()).lines().forEach(l -> b.append("  ").append(l).append('\n'));
        m.autoscalingExplanations().forEach(x -> b.append("  ").append(x).append('\n'));
        if (!diff.isFirstRender()) {
            b.append("  since the previous render: ");
            diff.describe().lines().forEach(l -> b.append(l).append("\n  "));
            b.setLength(b.length() - 2);
        }
        b.append("  wrote ").append(files).append(" files to ").append(dir);
        return b.toString();
    }
}
