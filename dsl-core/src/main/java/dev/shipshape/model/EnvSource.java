package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;

/**
 * Where an environment variable's value comes from. References are typed: a config key, a secret key, the host
 * of a store, or a value written from typed addresses (an endpoint, a template), never a hand-typed name.
 *
 * <pre>{@code
 * switch (envVar.source()) { ... }   // Literal, ConfigKeyRef, SecretKeyRef or HostRef
 * }</pre>
 */
public sealed interface EnvSource permits EnvSource.Literal, EnvSource.ConfigKeyRef, EnvSource.SecretKeyRef, EnvSource.HostRef,
        EnvSource.Interpolated {

    /** A literal value, rendered as {@code value:}. */
    record Literal(String value) implements EnvSource {
        /**
         * Rejects null parts.
         *
         * @param value the literal value
         */
        public Literal {
            Args.notNull(value, "value");
        }
    }

    /** A key of a Config, rendered as {@code configMapKeyRef} with the versioned name. */
    record ConfigKeyRef(ConfigSpec config, String key) implements EnvSource {
        /**
         * Rejects null parts.
         *
         * @param config the config the key is read from
         * @param key the key, as referenced
         */
        public ConfigKeyRef {
            Args.notNull(config, "config");
            Args.notNull(key, "key");
        }
    }

    /** A key of a Secret, rendered as {@code secretKeyRef}. */
    record SecretKeyRef(SecretSpec secret, String key) implements EnvSource {
        /**
         * Rejects null parts.
         *
         * @param secret the secret the key is read from
         * @param key the key, as referenced
         */
        public SecretKeyRef {
            Args.notNull(secret, "secret");
            Args.notNull(key, "key");
        }

        @Override
        public String toString() {
            return "SecretKeyRef[secret=" + secret.id().name() + ", key=" + key + "]";
        }
    }

    /** The DNS name of a store: its primary pod or its read Service, optionally fully qualified. */
    record HostRef(ComponentId store, HostKind kind, boolean fqdn) implements EnvSource, Address {
        /**
         * Rejects null parts.
         *
         * @param store the store whose host it is
         * @param kind its primary pod or its read Service
         * @param fqdn whether the namespace and cluster domain are appended
         */
        public HostRef {
            Args.notNull(store, "store");
            Args.notNull(kind, "kind");
        }
    }

    /**
     * A value written from typed addresses and literal text: an endpoint ({@code catalog:3550}) or a template
     * ({@code redis://redis-0.redis:6379/0}), rendered when the app was frozen; the container's
     * {@link ContainerSpec#addresses()} say which addresses it used.
     *
     * @param value the value as rendered
     */
    record Interpolated(String value) implements EnvSource {
        /**
         * Rejects null.
         *
         * @param value the value as rendered
         */
        public Interpolated {
            Args.notNull(value, "value");
        }
    }

    /** Which host of a store. */
    enum HostKind {
        /** The first pod through the headless governing Service: {@code redis-0.redis}. */
        PRIMARY,
        /** The ClusterIP read Service over all pods: {@code redis-read}. */
        READ
    }
}
