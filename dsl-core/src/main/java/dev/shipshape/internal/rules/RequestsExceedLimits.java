package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code resources.requests-exceed-limits}: a request above its limit, which the API server rejects. Comparison is
 * exact ({@code 500m} = {@code 0.5}, {@code 1Gi} > {@code 1G}), for every resource a container names.
 */
final class RequestsExceedLimits extends BaseRule {

    RequestsExceedLimits() {
        super(RuleDeclaration.error("resources.requests-exceed-limits",
                "a cpu, memory or ephemeral-storage request above its limit, compared exactly (`500m` = "
                + "`0.5`, `1Gi` > `1G`)",
                "lower the request or raise the limit"));
    }

    @Override
    public void register(Registry registry) {
        registry.container(this::check);
    }

    private void check(ContainerNode c, CheckContext ctx, Findings findings) {
        ResourceRequirements r = c.container().getResources();
        if (r == null || r.getRequests() == null || r.getLimits() == null) {
            return;
        }
        for (Map.Entry<String, Quantity> e : new TreeMap<>(r.getRequests()).entrySet()) {
            Quantity limit = r.getLimits().get(e.getKey());
            Optional<BigDecimal> request = Amounts.of(e.getValue());
            Optional<BigDecimal> max = Amounts.of(limit);
            if (request.isPresent() && max.isPresent() && request.get().compareTo(max.get()) > 0) {
                findings.report(c.place().child("resources").child(e.getKey()),
                        "request " + e.getValue() + " exceeds limit " + limit + ".",
                        "lower the request or raise the limit.");
            }
        }
    }
}
