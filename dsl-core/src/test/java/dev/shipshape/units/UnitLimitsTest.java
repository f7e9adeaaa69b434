package dev.shipshape.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/** Each unit at its limits, on both sides, with the message a user sees; and the factories' arithmetic. */
class UnitLimitsTest {

    private static final long MAX_MILLIS = Long.MAX_VALUE / 1000;

    @Test
    void cpu_from_zero_to_the_largest_representable_amount() {
        assertThat(Cpu.millis(0).isZero()).isTrue();
        assertThat(Cpu.millis(1).isZero()).isFalse();
        assertThat(Cpu.millis(MAX_MILLIS).toMillis()).isEqualTo(MAX_MILLIS);
        assertThatThrownBy(() -> Cpu.millis(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cpu must not be negative, got -1m");
        assertThatThrownBy(() -> Cpu.millis(MAX_MILLIS + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cpu " + (MAX_MILLIS + 1) + "m is larger than Kubernetes can represent");
        assertThat(Cpu.cores(0L).isZero()).isTrue();
        assertThat(Cpu.cores(MAX_MILLIS / 1000).toMillis()).isEqualTo(MAX_MILLIS / 1000 * 1000);
        assertThatThrownBy(() -> Cpu.cores(-1L)).hasMessage("cpu cores out of range: -1");
        assertThatThrownBy(() -> Cpu.cores(MAX_MILLIS / 1000 + 1)).hasMessage("cpu cores out of range: " + (MAX_MILLIS / 1000 + 1));
        assertThat(Cpu.parse(MAX_MILLIS + "m").toMillis()).isEqualTo(MAX_MILLIS);
        assertThatThrownBy(() -> Cpu.parse((MAX_MILLIS + 1) + "m")).hasMessageEndingWith("larger than Kubernetes can represent");
        assertThat(Cpu.parse("-0").isZero()).isTrue();
        assertThatThrownBy(() -> Cpu.parse("-1m")).hasMessageEndingWith("cpu must not be negative");
    }

    @Test
    void cpu_cores_as_a_double_are_exact_to_the_millicore() {
        assertThat(Cpu.cores(0.5).toMillis()).isEqualTo(500);
        assertThat(Cpu.cores(0.001).toMillis()).isEqualTo(1);
        assertThatThrownBy(() -> Cpu.cores(0.0005)).hasMessageEndingWith("Kubernetes does not allow cpu finer than 1m (a millicore)");
        for (double d : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> Cpu.cores(d)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("cpu cores must be a finite number, got " + d);
        }
        assertThatThrownBy(() -> Cpu.cores(-0.5)).hasMessageEndingWith("cpu must not be negative");
    }

    @Test
    void cpu_equality_is_by_amount() {
        assertThat(Cpu.millis(500)).isEqualTo(Cpu.parse("0.5")).hasSameHashCodeAs(Cpu.parse("500m"))
                .isNotEqualTo(Cpu.millis(501)).isNotEqualTo("500m").isNotEqualTo(null);
        assertThat(Cpu.millis(500).compareTo(Cpu.millis(501))).isNegative();
        assertThat(Cpu.millis(1500).toCores()).isEqualByComparingTo("1.5");
    }

    @Test
    void byte_factories_multiply_by_their_unit_and_refuse_what_overflows() {
        check(Memory::bytes, 1, "memory");
        check(Memory::mebibytes, 1L << 20, "memory");
        check(Memory::gibibytes, 1L << 30, "memory");
        check(Memory::megabytes, 1_000_000, "memory");
        check(Memory::gigabytes, 1_000_000_000, "memory");
        check(Storage::bytes, 1, "storage");
        check(Storage::mebibytes, 1L << 20, "storage");
        check(Storage::gibibytes, 1L << 30, "storage");
        check(Storage::megabytes, 1_000_000, "storage");
        check(Storage::gigabytes, 1_000_000_000, "storage");
        assertThat(Memory.mebibytes(5)).isEqualTo(Memory.bytes(5L << 20)).hasSameHashCodeAs(Memory.bytes(5L << 20))
                .isNotEqualTo(Storage.mebibytes(5)).isNotEqualTo(Memory.mebibytes(6));
        assertThat(Memory.bytes(0).isZero()).isTrue();
        assertThat(Memory.bytes(1).isZero()).isFalse();
    }

    private static void check(LongFunction<? extends ByteAmount<?>> factory, long unit, String what) {
        assertThat(factory.apply(0).toBytes()).isZero();
        assertThat(factory.apply(3).toBytes()).isEqualTo(3 * unit);
        assertThat(factory.apply(Long.MAX_VALUE / unit).toBytes()).isEqualTo(Long.MAX_VALUE / unit * unit);
        assertThatThrownBy(() -> factory.apply(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(what + " must not be negative, got -1");
        if (unit > 1) {
            assertThatThrownBy(() -> factory.apply(Long.MAX_VALUE / unit + 1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(what + " " + (Long.MAX_VALUE / unit + 1)).hasMessageEndingWith("is larger than Kubernetes can represent");
        }
    }

    @Test
    void byte_quantities_parse_whole_bytes_up_to_the_largest_long() {
        assertThat(Memory.parse(Long.toString(Long.MAX_VALUE)).toBytes()).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> Memory.parse("9223372036854775808")).hasMessageEndingWith("larger than Kubernetes can represent");
        assertThatThrownBy(() -> Memory.parse("-1")).hasMessageEndingWith("memory must not be negative");
        assertThat(Memory.parse("-0").isZero()).isTrue();
        assertThatThrownBy(() -> Memory.parse("100m")).hasMessageContaining("this is a fraction of a byte (did you mean 100Mi?)")
                .hasMessageEndingWith("memory must be a whole number of bytes");
        assertThatThrownBy(() -> Storage.parse("1.5")).hasMessageContaining("this is a fraction of a byte; storage must be");
        assertThat(Memory.parse("1.5Ki").toBytes()).isEqualTo(1536);
    }

    @Test
    void byte_amounts_print_in_their_shortest_exact_form() {
        assertThat(Memory.bytes(0)).hasToString("0");
        assertThat(Memory.bytes(1023)).hasToString("1023");
        assertThat(Memory.bytes(1024)).hasToString("1Ki");
        assertThat(Memory.bytes(1000)).hasToString("1k");
        assertThat(Memory.bytes(1024 * 1000)).hasToString("1000Ki");
        assertThat(Memory.bytes(1000 * 1000)).hasToString("1M");
        assertThat(Memory.bytes(1536)).hasToString("1536");
        assertThat(Memory.bytes(3L << 40)).hasToString("3Ti");
        assertThat(Memory.bytes(1L << 60)).hasToString("1Ei");
        assertThat(Memory.bytes(2_000_000_000_000_000_000L)).hasToString("2E");
        assertThat(Memory.bytes(5_000_000_000_000L)).hasToString("5T");
        assertThat(Memory.bytes(Long.MAX_VALUE)).hasToString(Long.toString(Long.MAX_VALUE));
    }
}
