package dev.shipshape;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.render.RenderTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;

class ConcurrencyTest {

    @RepeatedTest(5)
    void one_app_rendered_from_eight_threads_at_once_gives_identical_bytes() throws Exception {
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
