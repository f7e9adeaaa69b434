package dev.shipshape.internal.graph;

import dev.shipshape.model.EnvSource;
import java.util.Optional;

/**
 * The DNS names a stateful store's rendered objects give it, in one place: the headless governing Service is
 * named like the store, so pod 0 is {@code <store>-0.<store>}; the read Service is {@code <store>-read}.
 *
 * <pre>{@code
 * StoreNames.primaryHost("redis");                       // "redis-0.redis"
 * StoreNames.readService("redis");                       // "redis-read"
 * StoreNames.qualify("redis-read", Optional.of("journal"));   // "redis-read.journal.svc.cluster.local"
 * }</pre>
 */
public final class StoreNames {

    private StoreNames() {
    }

    /** The first pod through the headless governing Service: {@code <store>-0.<store>}. */
    public static String primaryHost(String store) {
        return store + "-0." + store;
    }

    /** The ClusterIP Service over all the store's pods: {@code <store>-read}. */
    public static String readService(String store) {
        return store + "-read";
    }

    /** {@code host} fully qualified in {@code namespace} (the {@code default} namespace when none is set). */
    public static String qualify(String host, Optional<String> namespace) {
        return host + "." + namespace.orElse("default") + ".svc.cluster.local";
    }

    /** What an env var holding {@code ref} is set to in an app whose namespace is {@code namespace}. */
    public static String hostname(EnvSource.HostRef ref, Optional<String> namespace) {
        String store = ref.store().name();
        String host = ref.kind() == EnvSource.HostKind.PRIMARY ? primaryHost(store) : readService(store);
        return ref.fqdn() ? qualify(host, namespace) : host;
    }
}
