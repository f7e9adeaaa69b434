package dev.shipshape.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListingRunTest {

    @Test
    void only_the_mutation_jvm_listing_its_tests_counts_as_listing() {
        assertThat(ListingRun.listing(List.of(ListingRun.FINDER, ListingRun.MINION))).isTrue();
        assertThat(ListingRun.listing(List.of(ListingRun.MINION, ListingRun.FINDER, ListingRun.MINION))).isTrue();
        // the coverage JVM lists through the same finder, and must run the bodies to record what they cover
        assertThat(ListingRun.listing(List.of(ListingRun.FINDER))).isFalse();
        // the mutation JVM running one test for a mutant
        assertThat(ListingRun.listing(List.of(ListingRun.MINION))).isFalse();
        assertThat(ListingRun.listing(List.of())).isFalse();
    }

    @Test
    void a_test_run_outside_pit_is_never_skipped() {
        assertThat(ListingRun.listing()).isFalse();
    }

    @Test
    void a_listed_property_passed_without_a_try() {
        assertThat(ListingRun.Listed.RESULT.status()).isEqualTo(net.jqwik.api.lifecycle.PropertyExecutionResult.Status.SUCCESSFUL);
        assertThat(ListingRun.Listed.RESULT.countTries()).isZero();
        assertThat(ListingRun.Listed.RESULT.countChecks()).isZero();
        assertThat(ListingRun.Listed.RESULT.seed()).isEmpty();
        assertThat(ListingRun.Listed.RESULT.mapToFailed("x").status())
                .isEqualTo(net.jqwik.api.lifecycle.PropertyExecutionResult.Status.FAILED);
    }
}
