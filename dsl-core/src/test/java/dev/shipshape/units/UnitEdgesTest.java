package dev.shipshape.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Edges of the units a reader meets first: a negative amount named in the unit it was given in, an empty label name. */
class UnitEdgesTest {

    @Test
    void a_negative_amount_is_refused_in_the_unit_it_was_written_in() {
        assertThatThrownBy(() -> Memory.mebibytes(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("memory must not be negative, got -1Mi");
        assertThatThrownBy(() -> Memory.gigabytes(-2)).hasMessage("memory must not be negative, got -2G");
        assertThat(Memory.mebibytes(0).toString()).isEqualTo("0");
    }

    @Test
    void a_label_key_with_a_prefix_and_an_empty_name_is_not_a_key() {
        assertThat(Names.isLabelKey("example.com/")).isFalse();
        assertThat(Names.isLabelKey("/")).isFalse();
        assertThat(Names.isLabelKey("example.com/a")).isTrue();
    }
}
