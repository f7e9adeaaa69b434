package dev.shipshape.bench;

import dev.shipshape.render.Manifests;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

/**
 * Peak and retained heap of build + validate + render + YAML for N services, each N in a fresh JVM so that one
 * size's garbage does not count against another. Run with the bench classpath:
 *
 * <pre>{@code
 * java -cp <bench classpath> dev.shipshape.bench.HeapFootprint 10 100 1000 10000
 * }</pre>
 *
 * <p>Peak is the sum of the heap pools' peak usage during the run (garbage included, so it depends on when the
 * collector ran); retained is the heap in use after a full GC while the rendered manifests are still held.
 */
public final class HeapFootprint {

    private HeapFootprint() {
    }

    /** With several sizes: forks one JVM per size; with {@code --one N}: measures N here. */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--one")) {
            measure(Integer.parseInt(args[1]));
            return;
        }
        System.out.println("| N | peak heap (MiB) | retained after render (MiB) | YAML size (MiB) |");
        System.out.println("|---|---|---|---|");
        for (String n : args) {
            List<String> cmd = new ArrayList<>(List.of(
                    System.getProperty("java.home") + "/bin/java", "-Xmx4g", "-XX:+UseG1GC",
                    "-cp", System.getProperty("java.class.path"), HeapFootprint.class.getName(), "--one", n));
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("measuring N=" + n + " failed");
            }
        }
    }

    private static void measure(int n) {
        System.gc();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = used();
        Manifests m = BenchApps.shipshape(n).render();
        String yaml = m.toYaml();
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        long retained = used() - before;
        System.out.printf("| %d | %.1f | %.1f | %.1f |%n", n, mib(peak), mib(retained), mib(yaml.length()));
        if (m.size() == 0) {
            throw new IllegalStateException("nothing rendered");
        }
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
