package dev.shipshape.internal.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoAndQuantitiesTest {

    @Test
    void a_memo_computes_each_key_once_and_forgets_everything_when_full() {
        org.junit.jupiter.api.Assumptions.assumeFalse(Caches.OFF, "caches are off (-Dshipshape.caches=off)");
        AtomicInteger calls = new AtomicInteger();
        Memo<Integer> memo = new Memo<>(2, k -> {
            calls.incrementAndGet();
            return k.length();
        });
        assertThat(memo.get("a")).isEqualTo(1);
        assertThat(memo.get("bb")).isEqualTo(2);
        assertThat(memo.get("a")).isEqualTo(1);
        assertThat(calls).hasValue(2);
        // a third key finds it full: it is emptied, then holds the third
        assertThat(memo.get("ccc")).isEqualTo(3);
        assertThat(calls).hasValue(3);
        assertThat(memo.get("ccc")).isEqualTo(3);
        assertThat(calls).hasValue(3);
        assertThat(memo.get("a")).isEqualTo(1);
        assertThat(calls).hasValue(4);
    }

    @Test
    void quantities_up_to_64_characters_parse_and_longer_ones_are_refused() {
        String longest = "1" + "0".repeat(63);
        assertThat(Quantities.parse("cpu", longest)).isEqualByComparingTo(new BigDecimal(longest));
        assertThatThrownBy(() -> Quantities.parse("cpu", longest + "0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected a number with an optional suffix");
        assertThat(Quantities.parse("cpu", "1.")).isEqualByComparingTo("1");
        assertThat(Quantities.parse("cpu", "-1.5")).isEqualByComparingTo("-1.5");
        assertThat(Quantities.parse("memory", ".5Ki")).isEqualByComparingTo("512");
    }

    @Test
    void with_caches_off_a_memo_computes_every_time() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Caches.OFF, "caches are on");
        AtomicInteger calls = new AtomicInteger();
        Memo<Integer> memo = new Memo<>(2, k -> calls.incrementAndGet());
        memo.get("a");
        memo.get("a");
        assertThat(calls).hasValue(2);
    }
}
