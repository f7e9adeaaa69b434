package dev.shipshape.internal.rules;

import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.RouteSpec;
import dev.shipshape.model.WorkloadSpec;

/** Builds violation paths, so every rule names places the same way. */
final class RulePaths {

    private RulePaths() {
    }

    /** {@code journal/webService:frontend/container:frontend}. */
    static String container(WorkloadSpec w) {
        return w.id().path() + "/container:" + w.name();
    }

    /** {@code journal/webService:frontend/autoscaling}. */
    static String autoscaling(WorkloadSpec w) {
        return w.id().path() + "/autoscaling";
    }

    /** {@code journal/webService:frontend/replicas}. */
    static String replicas(WorkloadSpec w) {
        return w.id().path() + "/replicas";
    }

    /** {@code journal/webService:frontend/container:frontend/env:REDIS_HOST}. */
    static String env(WorkloadSpec w, String name) {
        return container(w) + "/env:" + name;
    }

    /** {@code journal/webService:frontend/container:frontend/mount:/etc/redis-passwd}. */
    static String mount(WorkloadSpec w, String path) {
        return container(w) + "/mount:" + path;
    }

    /** {@code journal/ingress:web/host:journal.example.com/route:/api}. */
    static String route(IngressSpec ingress, RouteSpec route) {
        return ingress.id().path() + "/" + route.hostSegment() + "/route:" + route.path();
    }
}
