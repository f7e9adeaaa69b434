package dev.shipshape.internal.render;

import dev.shipshape.model.ComponentKind;
import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.RouteSpec;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressRuleValue;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.ServiceBackendPort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An Ingress ({@code networking.k8s.io/v1}): one rule per host in the order first routed, its paths in the order given,
 * each to the target's Service on the route's port name; the class and TLS when set. Not API.
 */
final class Ingresses extends ComponentRenderer<IngressSpec> {

    Ingresses() {
        super(IngressSpec.class);
    }

    @Override
    void render(IngressSpec i, RenderContext.Scope out) {
        Map<Optional<String>, List<HTTPIngressPath>> byHost = new LinkedHashMap<>();
        for (RouteSpec r : i.routes()) {
            // the target's name and port come from the route, so a route the policy lets through (a foreign or
            // port-less target) still renders instead of failing
            IngressServiceBackend service = new IngressServiceBackend();
            service.setName(r.target().name());
            r.port().ifPresent(port -> service.setPort(new ServiceBackendPort(port, null)));
            IngressBackend backend = new IngressBackend();
            backend.setService(service);
            HTTPIngressPath path = new HTTPIngressPath();
            path.setPath(r.path());
            path.setPathType(r.pathType().kubernetesName());
            path.setBackend(backend);
            byHost.computeIfAbsent(r.host(), h -> new ArrayList<>()).add(path);
        }
        List<IngressRule> rules = new ArrayList<>();
        byHost.forEach((host, paths) -> {
            IngressRule rule = new IngressRule();
            rule.setHost(host.orElse(null));
            rule.setHttp(new HTTPIngressRuleValue(paths));
            rules.add(rule);
        });
        SortedMap<String, String> labels = new TreeMap<>(i.labels());
        labels.putAll(Labels.of(out.app(), i.name(), ComponentKind.INGRESS));
        io.fabric8.kubernetes.api.model.networking.v1.IngressSpec spec = new io.fabric8.kubernetes.api.model.networking.v1.IngressSpec();
        spec.setIngressClassName(i.className().orElse(null));
        spec.setRules(rules);
        i.tlsSecret().ifPresent(s -> spec.setTls(Fabric.list(new IngressTLS(new ArrayList<>(i.hosts()), s.name()))));
        Ingress ingress = new Ingress();
        ingress.setMetadata(RenderContext.withAnnotations(out.meta(i.name(), labels, true), i.annotations()));
        ingress.setSpec(spec);
        out.add(ingress);
    }
}
