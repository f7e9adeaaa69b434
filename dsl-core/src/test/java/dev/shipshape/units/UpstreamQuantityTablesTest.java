package dev.shipshape.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.internal.lang.Quantities;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table of k8s.io/apimachinery {@code pkg/api/resource/quantity_test.go} {@code TestQuantityParse}, copied
 * verbatim ({@code decQuantity(n, scale, format)} is n × 10^scale), run against Shipshape's quantity parser and its
 * {@link Cpu} and {@link Memory} types.
 *
 * <p>Where Shipshape differs, on purpose: it keeps the exact value where the API server rounds up to a whole nano
 * unit or saturates at 2^63-1 (the "saturate/round" rows); and the typed values refuse what makes no sense for them
 * rather than rounding silently: a CPU amount finer than 1m, a fractional byte count, a negative amount, and one
 * beyond what the API server can represent.
 */
class UpstreamQuantityTablesTest {

    /** input, n, scale: the value is n × 10^scale. */
    private record Row(String input, String n, int scale) {
        BigDecimal value() {
            return new BigDecimal(new BigInteger(n), -scale);
        }
    }

    private static Row row(String input, long n, int scale) {
        return new Row(input, Long.toString(n), scale);
    }

    private static final long KI = 1024;

    /** Rows parsed exactly upstream. */
    private static final List<Row> EXACT = List.of(
            row("0", 0, 0), row("0n", 0, 0), row("0u", 0, 0), row("0m", 0, 0), row("0Ki", 0, 0), row("0k", 0, 0),
            row("0Mi", 0, 0), row("0M", 0, 0), row("0Gi", 0, 0), row("0G", 0, 0), row("0Ti", 0, 0), row("0T", 0, 0),
            row("1", 1, 0),
            row("1Ki", 1024, 0), row("8Ki", 8 * 1024, 0), row("7Mi", 7 * 1024 * 1024, 0), row("6Gi", 6 * KI * KI * KI, 0),
            row("5Ti", 5 * KI * KI * KI * KI, 0), row("4Pi", 4 * KI * KI * KI * KI * KI, 0),
            row("3Ei", 3 * KI * KI * KI * KI * KI * KI, 0),
            row("10Ti", 10 * KI * KI * KI * KI, 0), row("100Ti", 100 * KI * KI * KI * KI, 0),
            row("5n", 5, -9), row("4u", 4, -6), row("3m", 3, -3), row("9", 9, 0), row("8k", 8, 3), row("50k", 5, 4),
            row("7M", 7, 6), row("6G", 6, 9), row("5T", 5, 12), row("40T", 4, 13), row("300T", 3, 14), row("2P", 2, 15),
            row("1E", 1, 18),
            row("1E-3", 1, -3), row("1e3", 1, 3), row("1E6", 1, 6), row("1e9", 1, 9), row("1E12", 1, 12), row("1e15", 1, 15),
            row("1E18", 1, 18),
            row("1e14", 1, 14), row("1e13", 1, 13), row("1e3", 1, 3), row("100.035k", 100035, 0),
            row("0.001", 1, -3), row("0.0005k", 5, -1), row("0.005", 5, -3), row("0.05", 5, -2), row("0.5", 5, -1),
            row("0.00050k", 5, -1), row("0.00500", 5, -3), row("0.05000", 5, -2), row("0.50000", 5, -1), row("0.5e0", 5, -1),
            row("0.5e-1", 5, -2), row("0.5e-2", 5, -3), row("0.5e0", 5, -1), row("10.035M", 10035, 3),
            row("1.2e3", 12, 2), row("1.3E+6", 13, 5), row("1.40e9", 14, 8), row("1.53E12", 153, 10), row("1.6e15", 16, 14),
            row("1.7E18", 17, 17),
            row("9.01", 901, -2), row("8.1k", 81, 2), row("7.123456M", 7123456, 0), row("6.987654321G", 6987654321L, 0),
            row("5.444T", 5444, 9), row("40.1T", 401, 11), row("300.2T", 3002, 11), row("2.5P", 25, 14), row("1.01E", 101, 16),
            row("12E", 12, 18),
            row("100.035Ki", 10243584, -2), row("0.5Mi", 512 * 1024, 0), row("0.05Gi", 536870912, -1),
            row("0.025Ti", 274877906944L, -1),
            row(".001", 1, -3), row(".0001k", 100, -3), row("1.", 1, 0), row("1.G", 1, 9));

    /** Rows upstream rounds up to a whole nano unit, with upstream's rounded result: Shipshape keeps them exact. */
    private static final List<Row> ROUNDED_UPSTREAM = List.of(
            row("3.001n", 4, -9), row("1.1E-9", 2, -9), row("0.0000000001", 1, -9), row("0.0000000005", 1, -9),
            row("0.00000000050", 1, -9), row("0.5e-9", 1, -9), row("0.9n", 1, -9), row("0.00000012345", 124, -9),
            row("0.00000012354", 124, -9), row("0.000000000001Ki", 2, -9));

    /** Rows upstream saturates at its largest value (2^63-1): Shipshape keeps them exact, and Memory refuses them. */
    private static final List<String> SATURATED_UPSTREAM = List.of("9Ei", "9223372036854775807Ki");

    private static final List<String> INVALID = List.of("1.1.M", "1+1.0M", "0.1mi", "0.1am", "aoeu", ".5i", "1i", "-3.01i",
            "-3.01e-", " 1", "1 ");

    @Test
    void every_row_parses_to_upstreams_value_also_negated_and_with_a_plus() {
        for (Row r : EXACT) {
            assertThat(Quantities.parse("q", r.input())).as(r.input()).isEqualByComparingTo(r.value());
            assertThat(Quantities.parse("q", "-" + r.input())).as("-" + r.input()).isEqualByComparingTo(r.value().negate());
            assertThat(Quantities.parse("q", "+" + r.input())).as("+" + r.input()).isEqualByComparingTo(r.value());
        }
    }

    @Test
    void rows_upstream_rounds_are_kept_exact_and_upstream_rounds_them_up_by_less_than_a_nano_unit() {
        BigDecimal nano = new BigDecimal("1e-9");
        for (Row r : ROUNDED_UPSTREAM) {
            BigDecimal exact = Quantities.parse("q", r.input());
            assertThat(r.value()).as(r.input()).isGreaterThan(exact);
            assertThat(r.value().subtract(exact)).as(r.input()).isLessThan(nano);
        }
        for (String s : SATURATED_UPSTREAM) {
            assertThat(Quantities.parse("q", s)).as(s).isGreaterThan(BigDecimal.valueOf(Long.MAX_VALUE));
            assertThatThrownBy(() -> Memory.parse(s)).as(s).hasMessageContaining("larger than Kubernetes can represent");
        }
    }

    @Test
    void upstreams_invalid_inputs_are_refused_by_every_parser() {
        assertThatThrownBy(() -> Quantities.parse("q", "")).isInstanceOf(IllegalArgumentException.class);
        for (String s : INVALID) {
            assertThatThrownBy(() -> Quantities.parse("q", s)).as(s).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Cpu.parse(s)).as(s).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Memory.parse(s)).as(s).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /**
     * Cpu takes every row that is a whole number of millicores up to {@code Long.MAX_VALUE / 1000} (so the value in
     * nanocores, which the kubelet computes, still fits in 64 bits), and refuses the rest, naming why.
     */
    @Test
    void cpu_takes_whole_millicores_and_refuses_finer() {
        BigDecimal max = BigDecimal.valueOf(Long.MAX_VALUE / 1000);
        for (Row r : EXACT) {
            BigDecimal millis = r.value().movePointRight(3);
            if (millis.stripTrailingZeros().scale() > 0) {
                assertThatThrownBy(() -> Cpu.parse(r.input())).as(r.input()).hasMessageContaining("finer than 1m");
            } else if (millis.compareTo(max) > 0) {
                assertThatThrownBy(() -> Cpu.parse(r.input())).as(r.input()).hasMessageContaining("larger than Kubernetes");
            } else {
                assertThat(Cpu.parse(r.input()).toMillis()).as(r.input()).isEqualTo(millis.longValueExact());
            }
            if (r.value().signum() > 0) {
                assertThatThrownBy(() -> Cpu.parse("-" + r.input())).as("-" + r.input()).hasMessageContaining("negative");
            }
        }
    }

    /** Memory takes every row that is a whole number of bytes within range, and refuses fractions of a byte. */
    @Test
    void memory_takes_whole_bytes_and_refuses_fractions() {
        for (Row r : EXACT) {
            BigDecimal bytes = r.value();
            if (bytes.stripTrailingZeros().scale() > 0) {
                assertThatThrownBy(() -> Memory.parse(r.input())).as(r.input()).isInstanceOf(IllegalArgumentException.class);
            } else if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                assertThatThrownBy(() -> Memory.parse(r.input())).as(r.input()).hasMessageContaining("larger than Kubernetes");
            } else {
                assertThat(Memory.parse(r.input()).toBytes()).as(r.input()).isEqualTo(bytes.longValueExact());
            }
        }
    }
}
