package dev.shipshape.dsl;

import dev.shipshape.internal.graph.StoreNames;
import dev.shipshape.model.EnvSource;
import java.util.Optional;

/**
 * The DNS name of a {@link StatefulStore}, derived from the rendered objects, never typed by hand.
 *
 * <pre>{@code
 * frontend.env("REDIS_HOST", redis.primaryHost());          // redis-0.redis
 * frontend.env("REDIS_READ", redis.readHost());             // redis-read
 * frontend.env("REDIS_HOST", redis.primaryHost().fqdn());   // redis-0.redis.journal.svc.cluster.local
 * }</pre>
 */
public final class Host {

    private final StatefulStore store;
    private final EnvSource.HostKind kind;
    private final boolean fqdn;

    Host(StatefulStore store, EnvSource.HostKind kind, boolean fqdn) {
        this.store = store;
        this.kind = kind;
        this.fqdn = fqdn;
    }

    /** {@return the same host, fully qualified with {@code .<namespace>.svc.cluster.local} when rendered} */
    public Host fqdn() {
        return new Host(store, kind, true);
    }

    /**
     * The short host name: {@code redis-0.redis} or {@code redis-read}.
     *
     * @return the short host name
     */
    public String hostname() {
        return StoreNames.hostname(new EnvSource.HostRef(store.id(), kind, false), Optional.empty());
    }

    EnvSource.HostRef freeze() {
        return new EnvSource.HostRef(store.id(), kind, fqdn);
    }

    /**
     * What the host stands for: {@code redis-0.redis (primary of statefulStore:redis)}; a fully qualified host adds
     * that the app's namespace and the cluster domain follow when rendered, since the namespace may still change.
     */
    @Override
    public String toString() {
        return hostname() + " (" + (kind == EnvSource.HostKind.PRIMARY ? "primary" : "read Service") + " of "
                + store.id().kind().pathSegment() + ":" + store.name()
                + (fqdn ? ", qualified with .<app namespace>.svc.cluster.local when rendered)" : ")");
    }
}
