package dev.shipshape.maven;

import dev.shipshape.dsl.App;
import dev.shipshape.render.RolloutDiff;
import dev.shipshape.validation.InvalidAppException;
import dev.shipshape.validation.Violations;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Says what rendering now would change in {@code target/manifests} (or the directory configured), and which
 * workloads would roll, without writing anything: the review of a change before it is rendered.
 *
 * <pre>{@code
 * mvn shipshape:diff
 * #   ConfigMap shop-config-2t7kh9mgkf → shop-config-tdkcb76b96 (content of config shop-config changed)
 * #   Deployment/web rolls: reads ConfigMap shop-config-tdkcb76b96 instead of shop-config-2t7kh9mgkf
 * }</pre>
 */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class DiffMojo extends ShipshapeMojo {

    /** Creates the goal (Maven does). */
    public DiffMojo() {
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("shipshape: diff skipped (shipshape.skip)");
            return;
        }
        List<App> apps = apps();
        for (App a : apps) {
            App chosen = configuresPolicy() ? a.policy(policy(a.policy())) : a;
            File dir = directoryOf(a, apps.size());
            try {
                RolloutDiff diff = chosen.render().diff(dir.toPath());
                if (diff.isFirstRender()) {
                    getLog().info(a.name() + ": nothing rendered in " + dir + " yet; everything would be new");
                } else {
                    getLog().info(a.name() + " against " + dir + ":");
                    diff.describe().lines().forEach(l -> getLog().info("  " + l));
                }
            } catch (InvalidAppException e) {
                throw new MojoFailureException(a.name() + ": " + e.errors().size() + " error(s):\n"
                        + Violations.format(e.violations()), e);
            } catch (IOException e) {
                throw new MojoExecutionException("cannot read " + dir + ": " + e.getMessage(), e);
            }
        }
    }
}
