package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.PodNode;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import dev.shipshape.model.Autoscaling;
import dev.shipshape.units.Cpu;
import io.fabric8.kubernetes.api.model.Container;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * {@code autoscaling.target-unreachable}: the HPA acts only when average usage passes target × (1 + its 10%
 * tolerance), and a pod's usage cannot pass its cpu limit: when request × target% × 1.1 ≥ limit the HPA never scales
 * out. Request 500m, limit 1, target 80%: acts above 440m, fine; target 185%: never. For a pod of several containers
 * request and limit are the sums over them.
 */
final class AutoscalingTargetUnreachable extends BaseRule {

    AutoscalingTargetUnreachable() {
        super(RuleDeclaration.error("autoscaling.target-unreachable",
                "the HPA acts only when average usage passes target × 1.1 (its 10 % tolerance) and usage "
                + "cannot pass the cpu limit: request × target % × 1.1 ≥ limit never scales out (request "
                + "500m, limit 1, target 80 %: acts above 440m, fine; 185 %: never)",
                "lower the target below the value named, or raise the limit"));
    }

    @Override
    public void register(Registry registry) {
        registry.object("HorizontalPodAutoscaler", this::check);
    }

    private void check(Item item, CheckContext ctx, Findings findings) {
        Autoscalers.of(item).ifPresent(a -> {
            if (a.cpuTarget().isEmpty() || a.cpuTarget().getAsInt() < 1) {
                return;
            }
            a.pods(ctx).ifPresent(pod -> {
                Optional<long[]> sums = sums(pod);
                if (sums.isEmpty()) {
                    return;
                }
                long request = sums.get()[0];
                long limit = sums.get()[1];
                int target = a.cpuTarget().getAsInt();
                BigDecimal actsAbove = Autoscaling.scaleOutAboveMillis(request, target);
                if (actsAbove.compareTo(BigDecimal.valueOf(limit)) >= 0) {
                    String whose = pod.appContainers().size() == 1 ? "the " : "the pod's ";
                    findings.report(a.place(),
                            "the HPA scales out only when average cpu per pod passes " + actsAbove.toPlainString()
                                    + "m (" + target + "% of " + whose + Cpu.millis(request) + " request, plus the HPA's "
                                    + Autoscaling.tolerancePercent() + " tolerance), but " + whose + Cpu.millis(limit) + " limit caps usage below that: it never scales out.",
                            "lower " + (item.isRendered() ? "targetCpuUtilization" : "the averageUtilization target") + " below "
                                    + Autoscaling.firstUnreachableTarget(request, limit) + "%, or raise the cpu limit above "
                                    + actsAbove.toPlainString() + "m.");
                }
            });
        });
    }

    /** The pod's total cpu request and limit in millicores, when every container has both. */
    private static Optional<long[]> sums(PodNode pod) {
        long request = 0;
        long limit = 0;
        if (pod.appContainers().isEmpty()) {
            return Optional.empty();
        }
        for (Container c : pod.appContainers()) {
            Optional<BigDecimal> r = Amounts.request(c, "cpu").flatMap(Amounts::of);
            Optional<BigDecimal> l = Amounts.limit(c, "cpu").flatMap(Amounts::of);
            if (r.isEmpty() || l.isEmpty()) {
                return Optional.empty();
            }
            request += Amounts.millis(r.get());
            limit += Amounts.millis(l.get());
        }
        return request == 0 ? Optional.empty() : Optional.of(new long[] {request, limit});
    }
}
