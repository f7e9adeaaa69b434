package dev.shipshape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.shipshape.dsl.App;
import dev.shipshape.render.RenderTestSupport;
import dev.shipshape.testing.TriesCap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

class ConcurrencyTest {

    /** Five rounds; under the mutation profile's capped tries, one (a mutant of one class in one thread changes
     *  what every round renders alike, and each round renders 41 times). */
    @RepeatedTest(5)
    void one_app_rendered_from_eight_threads_at_once_gives_identical_bytes(RepetitionInfo round) throws Exception {
        assumeFalse(TriesCap.capped() && round.getCurrentRepetition() > 1, "one round under capped tries");
        App app = RenderTestSupport.sample();
        String expected = app.render().toYaml();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    StringBuilder all = new StringBuilder();
                    for (int k = 0; k < 5; k++) {
                        all.append(app.render().toYaml()).append(app.validate());
                    }
                    return all.toString();
                }));
            }
            start.countDown();
            Set<String> distinct = new java.util.HashSet<>();
            for (Future<String> f : results) {
                distinct.add(f.get());
            }
            assertThat(distinct).hasSize(1);
            assertThat(distinct.iterator().next()).startsWith(expected);
        } finally {
            pool.shutdownNow();
        }
    }
}
