package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import java.util.List;

/**
 * One rule of an HTTPRoute: requests the match takes go to the backends, split by their weights.
 *
 * <pre>{@code
 * HttpRuleSpec r = app.model().httpRoutes().get(0).rules().get(0);
 * r.match().path();      // "/"
 * r.backends().size();   // 2 (a canary)
 * }</pre>
 *
 * @param match    what the rule matches
 * @param backends where it sends the requests, at least one
 */
public record HttpRuleSpec(HttpMatch match, List<BackendSpec> backends) {
    /**
     * Rejects null parts and copies the list.
     *
     * @param match what the rule matches
     * @param backends where it sends the requests
     */
    public HttpRuleSpec {
        Args.notNull(match, "match");
        backends = Args.list(backends, "backends");
    }
}
