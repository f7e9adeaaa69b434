package dev.shipshape.units;

import dev.shipshape.internal.lang.Quantities;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of CPU, exact to the millicore (the finest unit Kubernetes schedules).
 *
 * <pre>{@code
 * Cpu half = Cpu.millis(500);          // renders as 500m
 * Cpu one = Cpu.cores(1);              // renders as 1
 * Cpu parsed = Cpu.parse("0.5");       // equal to half
 * half.compareTo(one) < 0;             // exact comparison, no doubles
 * }</pre>
 *
 * <p>Negative amounts and amounts finer than {@code 1m} are rejected with {@link IllegalArgumentException}.
 */
public final class Cpu implements Comparable<Cpu> {

    private static final long MAX_MILLIS = Long.MAX_VALUE / 1000;
    private final long millis;

    private Cpu(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("cpu must not be negative, got " + millis + "m");
        }
        if (millis > MAX_MILLIS) {
            throw new IllegalArgumentException("cpu " + millis + "m is larger than Kubernetes can represent");
        }
        this.millis = millis;
    }

    /**
     * CPU in millicores: {@code Cpu.millis(250)} is a quarter core.
     *
     * @param millis the amount in millicores
     * @return the cpu
     * @throws IllegalArgumentException if {@code millis} is negative
     */
    public static Cpu millis(long millis) {
        return new Cpu(millis);
    }

    /**
     * Whole cores: {@code Cpu.cores(2)}.
     *
     * @param cores the amount in cores
     * @return the cpu
     * @throws IllegalArgumentException if {@code cores} is negative
     */
    public static Cpu cores(long cores) {
        if (cores < 0 || cores > MAX_MILLIS / 1000) {
            throw new IllegalArgumentException("cpu cores out of range: " + cores);
        }
        return new Cpu(cores * 1000);
    }

    /**
     * Fractional cores written as a decimal literal: {@code Cpu.cores(0.5)} is {@code 500m}. The value is
     * taken as its shortest decimal representation ({@link BigDecimal#valueOf(double)}), so no binary
     * rounding creeps in.
     *
     * @param cores the amount in cores
     * @return the cpu
     * @throws IllegalArgumentException if the value is negative, not finite, or finer than 1m
     */
    public static Cpu cores(double cores) {
        if (!Double.isFinite(cores)) {
            throw new IllegalArgumentException("cpu cores must be a finite number, got " + cores);
        }
        return ofCores(BigDecimal.valueOf(cores), Double.toString(cores));
    }

    /**
     * Parses the Kubernetes quantity syntax: {@code "500m"}, {@code "0.5"}, {@code "2"}, {@code "1e-1"}.
     *
     * @param text the text to parse
     * @return the cpu
     * @throws IllegalArgumentException if the text is not a quantity, is negative, or is finer than 1m
     */
    public static Cpu parse(String text) {
        return ofCores(Quantities.parse("cpu", text), text);
    }

    private static Cpu ofCores(BigDecimal cores, String text) {
        if (cores.signum() < 0) {
            throw Quantities.invalid("cpu", text, "cpu must not be negative");
        }
        BigDecimal m = cores.movePointRight(3);
        if (m.stripTrailingZeros().scale() > 0) {
            throw Quantities.invalid("cpu", text, "Kubernetes does not allow cpu finer than 1m (a millicore)");
        }
        if (m.compareTo(BigDecimal.valueOf(MAX_MILLIS)) > 0) {
            throw Quantities.invalid("cpu", text, "larger than Kubernetes can represent");
        }
        return new Cpu(m.setScale(0, RoundingMode.UNNECESSARY).longValueExact());
    }

    /**
     * The amount in millicores: {@code Cpu.parse("1").millis() == 1000}.
     *
     * @return the amount in millicores
     */
    public long toMillis() {
        return millis;
    }

    /**
     * The exact amount in cores: {@code Cpu.millis(250).toCores()} is {@code 0.25}.
     *
     * @return the exact amount in cores
     */
    public BigDecimal toCores() {
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros();
    }

    /** {@return whether this is zero cpu} */
    public boolean isZero() {
        return millis == 0;
    }

    @Override
    public int compareTo(Cpu other) {
        return Long.compare(millis, other.millis);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cpu c && c.millis == millis;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(millis);
    }

    /** The canonical Kubernetes form: {@code "500m"} or, for whole cores, {@code "2"}. */
    @Override
    public String toString() {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : millis + "m";
    }
}
