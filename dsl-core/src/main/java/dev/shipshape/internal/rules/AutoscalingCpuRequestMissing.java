package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import io.fabric8.kubernetes.api.model.Container;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code autoscaling.cpu-request-missing}: utilization is a share of the pod's cpu request (the sum over its
 * containers); if one container requests none, the HPA reports no metric and never scales.
 */
final class AutoscalingCpuRequestMissing extends BaseRule {

    AutoscalingCpuRequestMissing() {
        super(RuleDeclaration.error("autoscaling.cpu-request-missing",
                "a CPU-utilization HPA on a workload that requests no cpu (utilization is a share of the "
                + "request)",
                "set a cpu request"));
    }

    @Override
    public void register(Registry registry) {
        registry.object("HorizontalPodAutoscaler", this::check);
    }

    private void check(Item item, CheckContext ctx, Findings findings) {
        Autoscalers.of(item).ifPresent(a -> {
            if (a.cpuTarget().isEmpty()) {
                return;
            }
            a.pods(ctx).ifPresent(pod -> {
                List<String> without = new ArrayList<>();
                for (Container c : pod.appContainers()) {
                    if (Amounts.request(c, "cpu").isEmpty()) {
                        without.add(c.getName());
                    }
                }
                if (!without.isEmpty()) {
                    findings.report(a.place(),
                            "the HPA targets " + a.cpuTarget().getAsInt() + "% cpu utilization, a share of the cpu request, but "
                                    + (without.size() == 1 ? "container " + without.get(0) + " requests"
                                    : "containers " + String.join(", ", without) + " request")
                                    + " no cpu: the HPA never scales.",
                            item.isRendered() ? "set a cpu request with .resources(Resources.of(Cpu.millis(…), …))."
                                    : "set resources.requests.cpu on every container of " + a.targetRef() + ".");
                }
            });
        });
    }
}
