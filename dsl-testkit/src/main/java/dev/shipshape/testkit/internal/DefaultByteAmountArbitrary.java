package dev.shipshape.testkit.internal;

import dev.shipshape.testkit.ByteAmountArbitrary;
import dev.shipshape.units.ByteAmount;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The default {@link ByteAmountArbitrary}. Not API. */
public class DefaultByteAmountArbitrary<T extends ByteAmount<T>> extends ArbitraryDecorator<T> implements ByteAmountArbitrary<T> {

    private static final long[] UNITS = {1L, 1000L, 1024L, 1_000_000L, 1L << 20, 1_000_000_000L, 1L << 30};

    private final Function<String, T> parse;
    private long minBytes;
    private long maxBytes;

    public DefaultByteAmountArbitrary(Function<String, T> parse, long minBytes, long maxBytes) {
        this.parse = parse;
        this.minBytes = minBytes;
        this.maxBytes = maxBytes;
    }

    @Override
    protected Arbitrary<T> arbitrary() {
        return Arbitraries.of(UNITS[0], UNITS[1], UNITS[2], UNITS[3], UNITS[4], UNITS[5], UNITS[6]).flatMap(unit -> {
            long lo = Math.max(1, (minBytes + unit - 1) / unit);
            long hi = maxBytes / unit;
            if (lo > hi) {
                return Arbitraries.longs().between(minBytes, maxBytes).map(b -> Long.toString(b));
            }
            return Arbitraries.longs().between(lo, hi).map(n -> text(n, unit));
        }).map(parse);
    }

    /** {@code n × unit} bytes written in that unit's Kubernetes form, alternating suffix and exponent. */
    private static String text(long n, long unit) {
        if (unit == 1L) {
            return Long.toString(n);
        } else if (unit == 1000L) {
            return n % 2 == 0 ? n + "k" : n + "e3";
        } else if (unit == 1024L) {
            return n + "Ki";
        } else if (unit == 1_000_000L) {
            return n % 2 == 0 ? n + "M" : n + "e6";
        } else if (unit == 1L << 20) {
            return n + "Mi";
        } else if (unit == 1_000_000_000L) {
            return n + "G";
        }
        return n + "Gi";
    }

    @Override
    public DefaultByteAmountArbitrary<T> between(T min, T max) {
        Ranges.requireOrdered(min, max);
        DefaultByteAmountArbitrary<T> clone = typedClone();
        clone.minBytes = min.toBytes();
        clone.maxBytes = max.toBytes();
        return clone;
    }
}
