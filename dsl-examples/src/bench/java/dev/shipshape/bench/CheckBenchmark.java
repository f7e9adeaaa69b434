package dev.shipshape.bench;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Rule;
import dev.shipshape.validation.Rules;
import dev.shipshape.validation.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code Shipshape.check} over the third-party corpus of the tests (src/test/resources/third-party: website examples,
 * kubernetes/examples, three demo applications): the whole catalog, and the catalog without the rules of API validity
 * ({@code api.*}, {@code input.unreadable}), so their cost is the difference. Run from dsl-examples (the corpus path is
 * relative to it); the setup prints the number of objects, to turn the times into time per object.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CheckBenchmark {

    private Path corpus;
    private Policy withoutApi;

    @Setup(Level.Trial)
    public void setUp() {
        corpus = Path.of(System.getProperty("corpus", "src/test/resources/third-party"));
        if (!Files.isDirectory(corpus)) {
            throw new IllegalStateException("no corpus at " + corpus.toAbsolutePath() + "; run from dsl-examples or set -Dcorpus");
        }
        Policy p = Policy.defaults();
        for (Rule r : Rules.all()) {
            if (r.id().startsWith("api.") || r.id().equals("input.unreadable")) {
                p = p.off(r.id(), "measure the cost of API validity");
            }
        }
        withoutApi = p;
        System.out.println("corpus: " + Shipshape.check(corpus).size() + " findings");
    }

    @Benchmark
    public List<Violation> check() {
        return Shipshape.check(corpus);
    }

    @Benchmark
    public List<Violation> checkWithoutApiValidity() {
        return Shipshape.check(withoutApi, corpus);
    }
}
