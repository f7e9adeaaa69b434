package dev.shipshape.testkit.assertions;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one rendered Ingress, from {@link ManifestsAssert#ingress(String)}.
 *
 * <pre>{@code
 * assertThat(manifests).ingress("frontend-ingress")
 *         .routesInOrder("/api", "/")
 *         .routes("/api").toService("frontend");
 * }</pre>
 */
public final class IngressAssert extends AbstractAssert<IngressAssert, Ingress> {

    IngressAssert(Ingress actual) {
        super(actual, IngressAssert.class);
    }

    /**
     * Passes when the Ingress's paths, across its rules in order, are exactly {@code paths} in this order.
     *
     * @param paths the paths expected, in order
     * @return the ingress assert
     */
    public IngressAssert routesInOrder(String... paths) {
        List<String> actualPaths = paths();
        if (!actualPaths.equals(List.of(paths))) {
            failWithMessage("Expecting Ingress %s to route, in order,%n  %s%nbut it routes%n  %s", actual.getMetadata().getName(),
                    List.of(paths), actualPaths);
        }
        return myself;
    }

    /**
     * Passes when {@code path} is routed to the Service {@code service}.
     *
     * @param path a path of one of the Ingress's rules
     * @param service the name of the Service expected as its backend
     * @return the ingress assert
     */
    public IngressAssert routesTo(String path, String service) {
        List<String> backends = new ArrayList<>();
        for (HTTPIngressPath p : httpPaths()) {
            if (p.getPath().equals(path)) {
                backends.add(p.getBackend().getService().getName());
            }
        }
        if (!backends.contains(service)) {
            failWithMessage("Expecting Ingress %s to route%n  %s%nto Service%n  %s%nbut it routes it to%n  %s",
                    actual.getMetadata().getName(), path, service, backends.isEmpty() ? "(path not routed)" : backends);
        }
        return myself;
    }

    private List<String> paths() {
        return httpPaths().stream().map(HTTPIngressPath::getPath).toList();
    }

    private List<HTTPIngressPath> httpPaths() {
        List<HTTPIngressPath> out = new ArrayList<>();
        for (IngressRule r : actual.getSpec().getRules()) {
            out.addAll(r.getHttp().getPaths());
        }
        return out;
    }
}
