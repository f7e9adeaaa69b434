package dev.shipshape.bench;

import dev.shipshape.dsl.App;
import dev.shipshape.internal.check.Validator;
import dev.shipshape.internal.render.Renderer;
import dev.shipshape.internal.validation.Subject;
import dev.shipshape.model.AppSpec;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Violation;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Shipshape end to end against the fabric8 floor, and validation alone, for N web services.
 *
 * <ul>
 *   <li>{@code shipshape}: build the App, validate, render, serialize to YAML;</li>
 *   <li>{@code floor}: build the same objects with fabric8 builders and serialize them with the same mapper;</li>
 *   <li>{@code validate}: run the whole rule catalog over the rendered objects and the model (no build, no render).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PipelineBenchmark {

    @Param({"10", "100", "1000", "10000"})
    public int n;

    private Subject subject;

    @Setup(Level.Trial)
    public void setUp() {
        App app = BenchApps.shipshape(n);
        AppSpec spec = app.model();
        Renderer.Rendered objects = Renderer.render(spec, Policy.defaults().waived());
        subject = new Subject(Optional.of(spec), objects.items(), objects.known(), Optional.empty());
        List<String> rendered = new java.util.ArrayList<>(app.render().documents());
        List<String> floor = new java.util.ArrayList<>();
        BenchApps.floor(n).forEach(o -> floor.add(dev.shipshape.internal.yaml.Serialization.yaml().writeValueAsString(o)));
        java.util.Collections.sort(rendered);
        java.util.Collections.sort(floor);
        if (!rendered.equals(floor)) {
            throw new IllegalStateException("Shipshape and the floor write different YAML: " + rendered.size() + " documents against "
                    + floor.size());
        }
        if (!Validator.validate(subject, Policy.defaults()).isEmpty()) {
            throw new IllegalStateException("benchmark app is not clean: " + Validator.validate(subject, Policy.defaults()));
        }
    }

    @Benchmark
    public String shipshape() {
        return BenchApps.shipshape(n).render().toYaml();
    }

    @Benchmark
    public String floor() {
        return BenchApps.floorYaml(n);
    }

    @Benchmark
    public List<Violation> validate() {
        return Validator.validate(subject, Policy.defaults());
    }
}
