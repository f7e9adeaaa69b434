package dev.shipshape.maven;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.AppSource;
import dev.shipshape.validation.Policy;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals share: finding the application(s) in the build's classes, the policy, the output directory and the
 * switch that skips them.
 *
 * <pre>{@code
 * <configuration>
 *   <app>com.example.deploy.ShopApp</app>   <!-- its public static App define(); or AppSource services -->
 * </configuration>
 * }</pre>
 */
public abstract class ShipshapeMojo extends AbstractMojo {

    /** The project being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /**
     * The application: a class with a {@code public static App define()} method ({@code com.example.deploy.ShopApp}),
     * or another public static no-argument method that returns an {@code App} ({@code com.example.Shop#production}).
     * Without it, every implementation of {@code dev.shipshape.dsl.AppSource} listed in the build's
     * {@code META-INF/services/dev.shipshape.dsl.AppSource} is used.
     */
    @Parameter(property = "shipshape.app")
    protected String app;

    /**
     * Where the manifests are written (render) or compared with (diff). With several applications, each goes into a
     * directory of its name below this one.
     */
    @Parameter(property = "shipshape.outputDirectory", defaultValue = "${project.build.directory}/manifests")
    protected File outputDirectory;

    /**
     * The policy: {@code default}, or {@code strict} (every warning an error). Unset, each application keeps the
     * policy its definition gives it ({@code app.policy(…)}); files are checked under the default policy.
     */
    @Parameter(property = "shipshape.policy")
    protected String policy;

    /** Registries or repository prefixes images may come from ({@code ghcr.io/acme}); empty allows any. */
    @Parameter(property = "shipshape.allowRegistries")
    protected List<String> allowRegistries = new ArrayList<>();

    /** The Kubernetes release whose API the checks use ({@code 1.33}); unset, the newest Shipshape ships. */
    @Parameter(property = "shipshape.kubernetesVersion")
    protected String kubernetesVersion;

    /** Skips the goal. */
    @Parameter(property = "shipshape.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The applications the configuration names, defined in a class loader over the build's classes.
     *
     * @return the applications, at least one
     * @throws MojoExecutionException if none is found, or the one named cannot be loaded or defined
     */
    protected final List<App> apps() throws MojoExecutionException {
        List<URL> urls = new ArrayList<>();
        try {
            for (String element : project.getRuntimeClasspathElements()) {
                urls.add(new File(element).toURI().toURL());
            }
        } catch (DependencyResolutionRequiredException | MalformedURLException e) {
            throw new MojoExecutionException("cannot build the class path of " + project.getArtifactId() + ": "
                    + e.getMessage(), e);
        }
        // parent first: App and the model come from this plugin's dsl-core, so the definitions' objects are ours
        URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return app == null || app.isBlank() ? services(loader) : List.of(named(loader, app.strip()));
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static App named(ClassLoader loader, String name) throws MojoExecutionException {
        int hash = name.indexOf('#');
        String className = hash < 0 ? name : name.substring(0, hash);
        String methodName = hash < 0 ? "define" : name.substring(hash + 1);
        Class<?> c;
        try {
            c = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new MojoExecutionException("<app>" + name + "</app>: class " + className + " is not among the build's"
                    + " classes (is it in src/main/java, and compiled?)", e);
        }
        Method m;
        try {
            m = c.getMethod(methodName);
        } catch (NoSuchMethodException e) {
            throw new MojoExecutionException("<app>" + name + "</app>: " + className + " has no public method "
                    + methodName + "() without arguments; write public static App " + methodName + "()", e);
        }
        if (!Modifier.isStatic(m.getModifiers()) || !App.class.isAssignableFrom(m.getReturnType())) {
            throw new MojoExecutionException("<app>" + name + "</app>: " + className + "." + methodName + "() must be"
                    + " public static and return dev.shipshape.dsl.App (is the plugin's version the same as dsl-core's?)");
        }
        try {
            return (App) m.invoke(null);
        } catch (InvocationTargetException e) {
            throw new MojoExecutionException(className + "." + methodName + "() failed: " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new MojoExecutionException("cannot call " + className + "." + methodName + "(): " + e.getMessage(), e);
        }
    }

    private static List<App> services(ClassLoader loader) throws MojoExecutionException {
        List<App> found = new ArrayList<>();
        try {
            for (AppSource source : ServiceLoader.load(AppSource.class, loader)) {
                found.add(source.define());
            }
        } catch (java.util.ServiceConfigurationError e) {
            throw new MojoExecutionException("cannot load an AppSource listed in META-INF/services/"
                    + AppSource.class.getName() + ": " + e.getMessage(), e);
        }
        if (found.isEmpty()) {
            throw new MojoExecutionException("no application to render: name one with <app>com.example.deploy.ShopApp"
                    + "</app> (a class with public static App define()), or list an implementation of "
                    + AppSource.class.getName() + " in src/main/resources/META-INF/services/" + AppSource.class.getName());
        }
        return found;
    }

    /**
     * {@return the directory of {@code app}: the output directory, or a directory of its name when there are several}
     *
     * @param app  the application
     * @param apps how many applications the goal handles
     */
    protected final File directoryOf(App app, int apps) {
        return apps == 1 ? outputDirectory : new File(outputDirectory, app.name());
    }

    /** {@return whether the configuration sets a policy of its own} */
    protected final boolean configuresPolicy() {
        return policy != null || !allowRegistries.isEmpty() || kubernetesVersion != null;
    }

    /**
     * {@return the policy the configuration describes, on top of {@code base}}
     *
     * @param base the policy the configuration changes (the app's own, or the default)
     * @throws MojoFailureException if the configuration names an unknown policy, registry or Kubernetes version
     */
    protected final Policy policy(Policy base) throws MojoFailureException {
        try {
            Policy p = base;
            if (policy != null) {
                p = switch (policy.strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "default" -> Policy.defaults();
                    case "strict" -> Policy.strict();
                    default -> throw new IllegalArgumentException("<policy>" + policy + "</policy>: the policies are"
                            + " default and strict");
                };
            }
            if (!allowRegistries.isEmpty()) {
                p = p.allowRegistries(allowRegistries.toArray(String[]::new));
            }
            if (kubernetesVersion != null) {
                p = p.kubernetesVersion(kubernetesVersion);
            }
            return p;
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }
}
