package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import java.util.Optional;

/**
 * A Gateway a route attaches to ({@code spec.parentRefs[]}), owned by the platform, not by the app.
 *
 * <pre>{@code
 * ParentSpec gw = app.model().httpRoutes().get(0).parents().get(0);
 * gw.namespace();   // "infra"
 * gw.listener();    // Optional[https]
 * }</pre>
 *
 * @param namespace     the Gateway's namespace
 * @param name          the Gateway's name
 * @param listener      the listener ({@code sectionName}) the route attaches to; empty: every listener that admits it
 * @param podsNamespace where the Gateway's pods run, which the NetworkPolicies admit: the Gateway's namespace unless
 *                      the controller runs them elsewhere (Envoy Gateway: its own namespace)
 */
public record ParentSpec(String namespace, String name, Optional<String> listener, String podsNamespace) {
    /**
     * Rejects null parts.
     *
     * @param namespace the Gateway's namespace
     * @param name the Gateway's name
     * @param listener the listener, if one
     * @param podsNamespace where the Gateway's pods run
     */
    public ParentSpec {
        Args.notNull(namespace, "namespace");
        Args.notNull(name, "name");
        Args.notNull(listener, "listener");
        Args.notNull(podsNamespace, "podsNamespace");
    }

    /** {@return how messages name it: {@code Gateway infra/public}, with {@code :https} for a listener} */
    public String describe() {
        return "Gateway " + namespace + "/" + name + listener.map(l -> ":" + l).orElse("");
    }
}
