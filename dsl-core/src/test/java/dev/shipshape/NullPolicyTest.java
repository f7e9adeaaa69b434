package dev.shipshape;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Config;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.StatefulStore;
import dev.shipshape.dsl.WebService;
import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.PathType;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Image;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Storage;
import dev.shipshape.validation.InvalidAppException;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The null policy, checked on the whole public API by reflection: every public constructor and method of the public
 * packages, called with {@code null} for one reference parameter at a time (and ordinary values for the others),
 * throws {@link IllegalArgumentException}, never a {@link NullPointerException} or anything else. Where the message
 * says what was null, the method counts as verified; the test fails if too few are.
 *
 * <p>Java's own contracts are kept where they say otherwise: {@code equals(null)} is false, {@code compareTo(null)}
 * and an enum's {@code valueOf(null)} throw {@code NullPointerException}; and the predicates {@code Names.is…} answer
 * false for null (null is not a valid name), as {@code Names.printable} prints it.
 */
class NullPolicyTest {

    private static final List<String> PACKAGES = List.of("dsl", "model", "units", "validation", "render");
    private static final String PINNED = "my-repo/web:1.0@sha256:" + "a".repeat(64);

    /** An ordinary value of each parameter type the API takes; a fresh app per call, so calls do not interfere. */
    private static Optional<Object> sample(Class<?> type) {
        Supplier<App> app = () -> Shipshape.app("shop");
        Map<Class<?>, Supplier<Object>> samples = Map.ofEntries(
                Map.entry(String.class, () -> "web"),
                Map.entry(String[].class, () -> new String[] {"web"}),
                Map.entry(int.class, () -> 1), Map.entry(long.class, () -> 1L), Map.entry(double.class, () -> 1.0),
                Map.entry(boolean.class, () -> false),
                Map.entry(App.class, app::get),
                Map.entry(WebService.class, () -> app.get().webService("web", PINNED).port("http", 8080)),
                Map.entry(StatefulStore.class, () -> app.get().statefulStore("db", PINNED).port("db", 5432)),
                Map.entry(Config.class, () -> app.get().config("cfg").entry("k", "v")),
                Map.entry(SecretRef.class, () -> app.get().externalSecret("creds", "k")),
                Map.entry(dev.shipshape.dsl.Ingress.class, () -> app.get().ingress("edge")),
                Map.entry(dev.shipshape.dsl.StaticSite.class, () -> app.get().staticSite("files", PINNED)),
                Map.entry(dev.shipshape.dsl.Routable.class, () -> app.get().webService("web", PINNED).port("http", 8080)),
                Map.entry(dev.shipshape.dsl.ConfigKey.class, () -> app.get().config("cfg").entry("k", "v").key("k")),
                Map.entry(dev.shipshape.dsl.SecretKey.class, () -> app.get().externalSecret("creds", "k").key("k")),
                Map.entry(dev.shipshape.dsl.Host.class, () -> app.get().statefulStore("db", PINNED).primaryHost()),
                Map.entry(Image.class, () -> Image.parse(PINNED)),
                Map.entry(Cpu.class, () -> Cpu.millis(100)), Map.entry(Memory.class, () -> Memory.mebibytes(64)),
                Map.entry(Storage.class, () -> Storage.gibibytes(1)),
                Map.entry(Resources.class, () -> Resources.of(Cpu.millis(100), Memory.mebibytes(64))),
                Map.entry(Probe.class, () -> Probe.http("/", "http")),
                Map.entry(PathType.class, () -> PathType.PREFIX),
                Map.entry(Autoscaling.class, () -> Autoscaling.between(2, 3)),
                Map.entry(Policy.class, Policy::defaults),
                Map.entry(Severity.class, () -> Severity.ERROR),
                Map.entry(Violation.class, () -> new Violation("image.mutable-tag", Severity.ERROR, "shop", "m", "f")),
                Map.entry(Duration.class, () -> Duration.ofSeconds(1)),
                Map.entry(Map.class, () -> Map.of("k", "v")),
                Map.entry(List.class, List::of),
                Map.entry(Optional.class, Optional::empty),
                Map.entry(HasMetadata.class, () -> new ConfigMapBuilder().withNewMetadata().withName("x").endMetadata().build()),
                Map.entry(HasMetadata[].class, () -> new HasMetadata[] {new ConfigMapBuilder().withNewMetadata().withName("x").endMetadata().build()}),
                Map.entry(dev.shipshape.render.Manifests.class, () -> app.get().render()),
                Map.entry(dev.shipshape.dsl.Worker.class, () -> app.get().worker("indexer", PINNED)),
                Map.entry(dev.shipshape.dsl.BatchJob.class, () -> app.get().job("migrate", PINNED)),
                Map.entry(dev.shipshape.dsl.ScheduledJob.class, () -> app.get().cronJob("backup", PINNED).schedule("@daily")),
                Map.entry(java.util.function.Consumer.class, () -> (java.util.function.Consumer<Object>) x -> { }),
                Map.entry(dev.shipshape.model.Toleration.class, () -> dev.shipshape.model.Toleration.exists("gpu")),
                Map.entry(dev.shipshape.model.RollingUpdate.class, () -> dev.shipshape.model.RollingUpdate.pods(1, 0)),
                Map.entry(dev.shipshape.model.JobOptions.RestartPolicy.class, () -> dev.shipshape.model.JobOptions.RestartPolicy.NEVER),
                Map.entry(dev.shipshape.model.CronOptions.Concurrency.class, () -> dev.shipshape.model.CronOptions.Concurrency.FORBID),
                Map.entry(dev.shipshape.model.AccessMode.class, () -> dev.shipshape.model.AccessMode.READ_WRITE_ONCE),
                Map.entry(Class.class, () -> io.fabric8.kubernetes.api.model.apps.Deployment.class),
                Map.entry(Path.class, () -> Path.of("absent-manifests.yaml")),
                Map.entry(Path[].class, () -> new Path[] {Path.of("absent-manifests.yaml")}));
        Supplier<Object> s = samples.get(type);
        return s == null ? Optional.empty() : Optional.of(s.get());
    }

    private static List<Class<?>> publicClasses() throws IOException, URISyntaxException {
        List<Class<?>> out = new ArrayList<>();
        for (String pkg : PACKAGES) {
            Path dir = Paths.get(App.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve("dev/shipshape/" + pkg);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).sorted().toList()) {
                    String name = "dev.shipshape." + pkg + "." + f.getFileName().toString().replace(".class", "");
                    try {
                        Class<?> c = Class.forName(name);
                        if (Modifier.isPublic(c.getModifiers())) {
                            out.add(c);
                        }
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void every_public_constructor_and_method_refuses_null_with_an_illegal_argument() throws Exception {
        List<String> failures = new ArrayList<>();
        TreeSet<String> verified = new TreeSet<>();
        for (Class<?> c : publicClasses()) {
            List<Executable> executables = new ArrayList<>();
            for (Constructor<?> k : c.getConstructors()) {
                executables.add(k);
            }
            for (Method m : c.getMethods()) {
                boolean javaContract = m.getName().equals("equals") || m.getName().equals("compareTo")
                        || c.isEnum() && m.getName().equals("valueOf")
                        || c == dev.shipshape.units.Names.class && (m.getName().startsWith("is") || m.getName().equals("printable"));
                if (m.getDeclaringClass().getPackageName().startsWith("dev.shipshape") && !javaContract) {
                    executables.add(m);
                }
            }
            for (Executable e : executables) {
                Class<?>[] types = e.getParameterTypes();
                for (int i = 0; i < types.length; i++) {
                    if (types[i].isPrimitive()) {
                        continue;
                    }
                    Object[] args = new Object[types.length];
                    boolean complete = true;
                    for (int j = 0; j < types.length && complete; j++) {
                        if (j != i) {
                            Optional<Object> v = sample(types[j]);
                            complete = v.isPresent();
                            args[j] = v.orElse(null);
                        }
                    }
                    boolean isStatic = e instanceof Constructor || Modifier.isStatic(e.getModifiers());
                    Optional<Object> receiver = isStatic ? Optional.of(new Object()) : sample(c);
                    if (!complete || receiver.isEmpty()) {
                        continue;
                    }
                    String what = c.getSimpleName() + "." + e.getName() + " parameter " + i + " (" + types[i].getSimpleName() + ")";
                    try {
                        if (e instanceof Constructor<?> k) {
                            k.newInstance(args);
                        } else {
                            ((Method) e).invoke(isStatic ? null : receiver.get(), args);
                        }
                        // accepted null without failing: only acceptable where null is not kept (none known)
                        failures.add(what + ": accepted null");
                    } catch (InvocationTargetException thrown) {
                        Throwable cause = thrown.getCause();
                        if (cause instanceof IllegalArgumentException) {
                            if (String.valueOf(cause.getMessage()).contains("null")) {
                                verified.add(what);
                            }
                        } else if (!(cause instanceof InvalidAppException || cause instanceof IOException
                                || cause instanceof UncheckedIOException)) {
                            failures.add(what + ": " + cause);
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(verified).as("methods whose IllegalArgumentException names the null").hasSizeGreaterThan(100);
    }
}
