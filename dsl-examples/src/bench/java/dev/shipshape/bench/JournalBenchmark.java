package dev.shipshape.bench;

import dev.shipshape.examples.Journal;
import dev.shipshape.examples.JournalParameters;
import dev.shipshape.examples.RenderJournal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Many journal apps in one JVM, as a user's property test renders thousands: define, validate, render and write
 * YAML for {@code apps} journal apps (the four variants in turn), the work cdk8s-plus's
 * {@code node bench.js --child 1000} times as {@code constructSynthMs} (construct + synth of 1 000 journal apps).
 *
 * <pre>{@code
 * java -cp <bench classpath> org.openjdk.jmh.Main JournalBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 8, time = 2)
public class JournalBenchmark {

    @Param({"1000"})
    public int apps;

    private final List<JournalParameters> variants = RenderJournal.variants();

    @Benchmark
    public long journals() {
        long bytes = 0;
        for (int i = 0; i < apps; i++) {
            bytes += Journal.define(variants.get(i % variants.size())).render().toYaml().length();
        }
        return bytes;
    }
}
