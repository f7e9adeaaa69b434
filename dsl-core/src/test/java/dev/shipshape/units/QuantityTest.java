package dev.shipshape.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void cpu_forms_of_half_a_core_are_equal_and_render_canonically() {
        Cpu half = Cpu.millis(500);
        assertThat(Cpu.parse("500m")).isEqualTo(half);
        assertThat(Cpu.parse("0.5")).isEqualTo(half);
        assertThat(Cpu.parse(".5")).isEqualTo(half);
        assertThat(Cpu.parse("5e-1")).isEqualTo(half);
        assertThat(Cpu.parse("500000u")).isEqualTo(half);
        assertThat(Cpu.parse("+0.5")).isEqualTo(half);
        assertThat(Cpu.cores(0.5)).isEqualTo(half);
        assertThat(half).hasToString("500m");
        assertThat(Cpu.parse("2.")).hasToString("2");
        assertThat(Cpu.parse("1e3")).hasToString("1000");
        assertThat(Cpu.parse("1k").toMillis()).isEqualTo(1_000_000L);
        assertThat(Cpu.cores(1).toCores()).isEqualByComparingTo("1");
    }

    @Test
    void cpu_rejects_what_kubernetes_rejects_with_the_value_in_the_message() {
        assertThatThrownBy(() -> Cpu.parse("0.0005")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'0.0005'").hasMessageContaining("finer than 1m");
        assertThatThrownBy(() -> Cpu.parse("-1")).hasMessageContaining("negative");
        assertThatThrownBy(() -> Cpu.millis(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> Cpu.parse("1K")).hasMessageContaining("no 'K'");
        assertThatThrownBy(() -> Cpu.parse("500 m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cpu.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cpu.parse("1.5.5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cpu.parse("m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cpu.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cpu.cores(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cpu.parse("1e999")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void memory_compares_binary_and_decimal_suffixes_exactly() {
        assertThat(Memory.parse("1Gi")).isGreaterThan(Memory.parse("1G"));
        assertThat(Memory.parse("1Gi")).isEqualTo(Memory.gibibytes(1)).isEqualTo(Memory.parse("1024Mi"));
        assertThat(Memory.parse("1.5Gi").toBytes()).isEqualTo(1_610_612_736L);
        assertThat(Memory.parse("1.5Gi")).hasToString("1536Mi");
        assertThat(Memory.parse("1e3")).hasToString("1k");
        assertThat(Memory.parse("128974848")).hasToString("123Mi");
        assertThat(Memory.parse("129e6")).hasToString("129M");
        assertThat(Memory.parse("1000Mi")).hasToString("1000Mi");
        assertThat(Memory.parse("0")).hasToString("0");
        assertThat(Storage.parse("10Gi")).isEqualTo(Storage.gibibytes(10)).hasToString("10Gi");
    }

    @Test
    void memory_in_millis_is_a_fraction_of_a_byte_and_says_what_was_meant() {
        assertThatThrownBy(() -> Memory.parse("500m")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("did you mean 500Mi?");
        assertThatThrownBy(() -> Memory.parse("1K")).hasMessageContaining("Ki for 1024");
        assertThatThrownBy(() -> Memory.mebibytes(-5)).hasMessageContaining("negative");
        assertThatThrownBy(() -> Storage.parse("10Ei0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Memory.parse("16Ei")).hasMessageContaining("larger than Kubernetes can represent");
    }

    private static final String[] SUFFIXES = {"", "k", "M", "G", "T", "P", "E", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
    private static final BigDecimal[] MULTIPLIERS = {
        BigDecimal.ONE, new BigDecimal("1e3"), new BigDecimal("1e6"), new BigDecimal("1e9"), new BigDecimal("1e12"),
        new BigDecimal("1e15"), new BigDecimal("1e18"), BigDecimal.valueOf(1024), BigDecimal.valueOf(1024).pow(2),
        BigDecimal.valueOf(1024).pow(3), BigDecimal.valueOf(1024).pow(4), BigDecimal.valueOf(1024).pow(5),
        BigDecimal.valueOf(1024).pow(6)};

    record Written(String text, BigDecimal value) {
    }

    @Provide
    Arbitrary<Written> memoryTexts() {
        return Combinators.combine(Arbitraries.longs().between(0, 100_000), Arbitraries.integers().between(0, SUFFIXES.length - 1))
                .as((n, s) -> new Written(n + SUFFIXES[s], BigDecimal.valueOf(n).multiply(MULTIPLIERS[s])))
                .filter(w -> w.value().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0);
    }

    @Property(tries = 500)
    void memory_comparison_agrees_with_big_decimal(@ForAll("memoryTexts") Written a, @ForAll("memoryTexts") Written b) {
        Memory ma = Memory.parse(a.text());
        Memory mb = Memory.parse(b.text());
        assertThat(BigInteger.valueOf(ma.toBytes())).isEqualTo(a.value().toBigIntegerExact());
        assertThat(Integer.signum(ma.compareTo(mb))).isEqualTo(a.value().compareTo(b.value()));
        assertThat(ma.equals(mb)).isEqualTo(a.value().compareTo(b.value()) == 0);
    }

    @Property(tries = 500)
    void memory_and_storage_round_trip_through_their_canonical_text(@ForAll("memoryTexts") Written a) {
        Memory m = Memory.parse(a.text());
        assertThat(Memory.parse(m.toString())).isEqualTo(m);
        Storage s = Storage.parse(a.text());
        assertThat(Storage.parse(s.toString())).isEqualTo(s);
        assertThat(m.toString().length()).isLessThanOrEqualTo(a.text().length() + 2);
    }

    @Property(tries = 500)
    void cpu_written_in_every_form_parses_to_the_same_millicores(@ForAll @LongRange(min = 0, max = 10_000_000) long millis) {
        BigDecimal cores = BigDecimal.valueOf(millis, 3);
        Cpu expected = Cpu.millis(millis);
        assertThat(Cpu.parse(millis + "m")).isEqualTo(expected);
        assertThat(Cpu.parse(cores.toPlainString())).isEqualTo(expected);
        assertThat(Cpu.parse(millis + "e-3")).isEqualTo(expected);
        assertThat(Cpu.parse(millis * 1000 + "u")).isEqualTo(expected);
        assertThat(Cpu.parse(expected.toString())).isEqualTo(expected);
        assertThat(expected.toCores()).isEqualByComparingTo(cores);
    }

    @Property(tries = 500)
    void cpu_comparison_agrees_with_big_decimal(@ForAll @LongRange(min = 0, max = 1_000_000_000) long a,
                                                 @ForAll @LongRange(min = 0, max = 1_000_000_000) long b) {
        int expected = BigDecimal.valueOf(a, 3).compareTo(BigDecimal.valueOf(b, 3));
        assertThat(Integer.signum(Cpu.parse(BigDecimal.valueOf(a, 3).toPlainString()).compareTo(Cpu.parse(b + "m"))))
                .isEqualTo(expected);
    }

    @Property(tries = 300)
    void parse_never_throws_anything_but_illegal_argument(@ForAll String text) {
        for (Runnable r : new Runnable[] {() -> Cpu.parse(text), () -> Memory.parse(text), () -> Storage.parse(text)}) {
            try {
                r.run();
            } catch (IllegalArgumentException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }
}
