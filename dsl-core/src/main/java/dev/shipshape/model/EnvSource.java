package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;

/**
 * Where an environment variable's value comes from. References are typed: a config key, a secret key or
 * the host of a store, never a hand-typed name.
 *
 * <pre>{@code
 * switch (envVar.source()) { ... }   // Literal, ConfigKeyRef, SecretKeyRef or HostRef
 * }</pre>
 */
public sealed interface EnvSource permits EnvSource.Literal, EnvSource.ConfigKeyRef, EnvSource.SecretKeyRef, EnvSource.HostRef {

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
    record HostRef(ComponentId store, HostKind kind, boolean fqdn) implements EnvSource {
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

    /** Which host of a store. */
    enum HostKind {
        /** The first pod through the headless governing Service: {@code redis-0.redis}. */
        PRIMARY,
        /** The ClusterIP read Service over all pods: {@code redis-read}. */
        READ
    }
}
