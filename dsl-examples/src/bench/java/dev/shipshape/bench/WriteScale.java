package dev.shipshape.bench;

import dev.shipshape.render.Manifests;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Time and peak heap of the whole path a build takes — build, validate and render {@link BenchApps#shipshape(int)
 * N services}, then {@code writeTo} a fresh directory and {@code writeTo} it again (the second write carries over and
 * swaps) — each N in a fresh JVM with a 2 GiB heap:
 *
 * <pre>{@code
 * java -cp <bench classpath> dev.shipshape.bench.WriteScale 1000 10000 50000
 * }</pre>
 */
public final class WriteScale {

    private WriteScale() {
    }

    /** With several sizes: forks one JVM per size; with {@code --one N DIR}: measures N here, writing to DIR. */
    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--one")) {
            measure(Integer.parseInt(args[1]), Path.of(args[2]));
            return;
        }
        System.out.println("| N | objects | render (s) | first writeTo (s) | second writeTo (s) | peak heap (MiB) | files |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String n : args) {
            Path dir = Files.createTempDirectory("shipshape-write-scale-");
            try {
                List<String> cmd = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java", "-Xmx2g",
                        "-cp", System.getProperty("java.class.path"), WriteScale.class.getName(), "--one", n,
                        dir.resolve("manifests").toString()));
                Process p = new ProcessBuilder(cmd).inheritIO().start();
                if (p.waitFor() != 0) {
                    throw new IllegalStateException("measuring N=" + n + " failed");
                }
            } finally {
                try (Stream<Path> s = Files.walk(dir)) {
                    for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
        }
    }

    private static void measure(int n, Path dir) throws IOException {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        Manifests m = BenchApps.shipshape(n).render();
        long t1 = System.nanoTime();
        List<String> files = m.writeTo(dir);
        long t2 = System.nanoTime();
        m.writeTo(dir);
        long t3 = System.nanoTime();
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("| %d | %d | %.1f | %.1f | %.1f | %.0f | %d |%n", n, m.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                (t3 - t2) / 1e9, peak / (1024.0 * 1024.0), files.size());
    }
}
