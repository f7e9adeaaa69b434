package dev.shipshape.internal.rules;

import dev.shipshape.internal.lang.Cidrs;
import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import java.util.List;

/**
 * {@code service.exposure-invalid}: how a Service is exposed outside the cluster, as the API server refuses it
 * ({@code ValidateService}): a node port outside the default range 30000-32767 or on a Service that has none (ClusterIP,
 * headless), source ranges that are not CIDR blocks, or source ranges on a Service that is not a LoadBalancer.
 */
final class ServiceExposureInvalid extends BaseRule {

    ServiceExposureInvalid() {
        super(RuleDeclaration.error("service.exposure-invalid",
                "a node port outside 30000–32767 (the API server's default range) or on a Service of type "
                + "ClusterIP; a `loadBalancerSourceRanges` entry that is not a CIDR block, or source ranges on a "
                + "Service that is not of type LoadBalancer: the API server refuses each",
                "`.nodePort(port, 30000–32767)` on a web service or static site; `.loadBalancer(cidrs…)` with CIDR "
                + "blocks"));
    }

    @Override
    public void register(Registry registry) {
        registry.object("Service", this::check);
    }

    private void check(Item item, CheckContext ctx, Findings findings) {
        if (!(item.object() instanceof Service s) || s.getSpec() == null) {
            return;
        }
        ServiceSpec spec = s.getSpec();
        String type = spec.getType() == null || spec.getType().isEmpty() ? "ClusterIP" : spec.getType();
        boolean nodePorts = type.equals("NodePort") || type.equals("LoadBalancer");
        for (ServicePort p : Services.ports(item)) {
            Integer n = p.getNodePort();
            if (n == null || n == 0) {
                continue;
            }
            String at = "port:" + (p.getName() != null ? p.getName() : p.getPort());
            if (!nodePorts) {
                findings.report(Services.place(item).child(at), "Service " + item.name() + " of type " + type + " asks for node port "
                        + n + "; only NodePort and LoadBalancer Services have node ports, so the API server refuses it.",
                        "drop the nodePort, or make the Service a NodePort or LoadBalancer one.");
            } else if (n < 30000 || n > 32767) {
                findings.report(Services.place(item).child(at), "Service " + item.name() + " asks for node port " + n
                                + ", outside 30000-32767, the range the API server hands out unless configured otherwise"
                                + " (--service-node-port-range); it refuses the Service.",
                        "choose a node port from 30000 to 32767, or none and let the API server choose.");
            }
        }
        List<String> ranges = spec.getLoadBalancerSourceRanges();
        if (ranges != null && !ranges.isEmpty()) {
            if (!type.equals("LoadBalancer")) {
                findings.report(Services.place(item).child("loadBalancerSourceRanges"), "Service " + item.name() + " of type " + type
                                + " sets loadBalancerSourceRanges, which only a LoadBalancer Service may; the API server refuses it.",
                        "drop the source ranges, or make the Service a LoadBalancer one.");
            }
            for (String r : ranges) {
                if (r == null || !Cidrs.isCidr(r.trim())) {
                    findings.report(Services.place(item).child("loadBalancerSourceRanges"), "Service " + item.name()
                                    + " admits '" + r + "', which is not a CIDR block; the API server refuses it.",
                            "write each source range as a CIDR block, e.g. 203.0.113.0/24.");
                }
            }
        }
    }
}
