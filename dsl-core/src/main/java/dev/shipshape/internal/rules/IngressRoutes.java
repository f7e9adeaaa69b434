package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Place;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routes of an Ingress object, as the ingress rules read them: one per HTTP path, with its host, in the order
 * written.
 *
 * @param ingress  the Ingress
 * @param host     the rule's host, empty for any host
 * @param path     the path ({@code ""} when unset)
 * @param pathType {@code Prefix}, {@code Exact}, {@code ImplementationSpecific} or {@code ""} when unset
 * @param raw      the path object
 * @param position 1-based position among the routes of its host
 */
record IngressRoutes(Item ingress, Optional<String> host, String path, String pathType, HTTPIngressPath raw, int position) {

    static final String PREFIX = "Prefix";
    static final String EXACT = "Exact";

    /** The routes of {@code ingress} grouped by host, hosts in first-seen order, each group in route order. */
    static Map<Optional<String>, List<IngressRoutes>> byHost(Item ingress) {
        Map<Optional<String>, List<IngressRoutes>> groups = new LinkedHashMap<>();
        if (!(ingress.object() instanceof Ingress i) || i.getSpec() == null || i.getSpec().getRules() == null) {
            return groups;
        }
        for (IngressRule rule : i.getSpec().getRules()) {
            if (rule == null || rule.getHttp() == null || rule.getHttp().getPaths() == null) {
                continue;
            }
            Optional<String> host = Optional.ofNullable(rule.getHost()).filter(h -> !h.isEmpty());
            List<IngressRoutes> group = groups.computeIfAbsent(host, h -> new ArrayList<>());
            for (HTTPIngressPath p : rule.getHttp().getPaths()) {
                if (p != null) {
                    group.add(new IngressRoutes(ingress, host, p.getPath() == null ? "" : p.getPath(),
                            p.getPathType() == null ? "" : p.getPathType(), p, group.size() + 1));
                }
            }
        }
        return groups;
    }

    /** {@code …/host:journal.example.com/route:/api}, or {@code host:*} for any host. */
    Place place() {
        return ingress.place().child("host:" + host.orElse("*")).child("route:" + path);
    }

    /** {@code host journal.example.com} or {@code any host}. */
    String hostText() {
        return host.map(h -> "host " + h).orElse("any host");
    }

    /** The backend Service's name, if the route names one. */
    Optional<String> serviceName() {
        return raw.getBackend() == null || raw.getBackend().getService() == null
                ? Optional.empty() : Optional.ofNullable(raw.getBackend().getService().getName());
    }

    /**
     * The path as a Prefix matcher sees it: element-wise, so a trailing '/' does not matter
     * ({@code /api/} ≡ {@code /api}); the root stays {@code /}.
     */
    String normalized() {
        String p = path;
        if (PREFIX.equals(pathType)) {
            while (p.length() > 1 && p.endsWith("/")) {
                p = p.substring(0, p.length() - 1);
            }
        }
        return p;
    }

    /**
     * Every element-wise prefix of a normalized path, shortest first: {@code /a/b} → {@code /}, {@code /a},
     * {@code /a/b}. Empty elements ({@code //}) are kept, as the path is matched literally.
     */
    static List<String> elementPrefixes(String normalizedPath) {
        List<String> out = new ArrayList<>();
        out.add("/");
        for (int i = 1; i < normalizedPath.length(); i++) {
            if (normalizedPath.charAt(i) == '/') {
                out.add(normalizedPath.substring(0, i));
            }
        }
        if (normalizedPath.length() > 1) {
            out.add(normalizedPath);
        }
        return out;
    }
}
