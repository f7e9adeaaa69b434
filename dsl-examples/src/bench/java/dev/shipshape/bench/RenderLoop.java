package dev.shipshape.bench;

/**
 * Build, validate, render and write YAML for {@link BenchApps#shipshape(int) N services}, {@code reps} times per
 * round for 12 rounds, and print the best time per operation of rounds 5 to 12 (the first four warm up). Used by
 * {@code bench/render-loop.sh} to compare two checkouts in alternating fresh JVMs, where JMH's intervals on a
 * shared machine are wider than the difference to measure:
 *
 * <pre>{@code
 * java -Xms2g -Xmx2g -cp <bench classpath> dev.shipshape.bench.RenderLoop 100 100
 * best 4787 us
 * }</pre>
 */
public final class RenderLoop {

    private static final int ROUNDS = 12;
    private static final int WARM_UP_ROUNDS = 4;

    private RenderLoop() {
    }

    /** {@code args}: the number of services and the operations per round. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: RenderLoop <services> <operations per round>");
            System.exit(2);
        }
        int services = Integer.parseInt(args[0]);
        int reps = Integer.parseInt(args[1]);
        long sink = 0;
        long best = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < reps; i++) {
                sink += BenchApps.shipshape(services).render().toYaml().length();
            }
            long perOperation = (System.nanoTime() - start) / reps;
            if (round >= WARM_UP_ROUNDS) {
                best = Math.min(best, perOperation);
            }
        }
        if (sink == 0) {
            throw new IllegalStateException("nothing was written");
        }
        System.out.println("best " + best / 1000 + " us");
    }
}
