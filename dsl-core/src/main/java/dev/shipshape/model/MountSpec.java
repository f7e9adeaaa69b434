package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;

/**
 * A Config or Secret mounted as files into a workload's container.
 *
 * <pre>{@code
 * frontend.mount(redisAuth, "/etc/redis-passwd");   // becomes a MountSpec.OfSecret
 * }</pre>
 */
public sealed interface MountSpec permits MountSpec.OfConfig, MountSpec.OfSecret {

    /** {@return the absolute directory the files appear in} */
    String path();

    /** A Config's keys as files under {@code path}. */
    record OfConfig(ConfigSpec config, String path) implements MountSpec {
        /**
         * Rejects null parts.
         *
         * @param config the config mounted
         * @param path where, an absolute path
         */
        public OfConfig {
            Args.notNull(config, "config");
            Args.notNull(path, "path");
        }
    }

    /** A Secret's keys as files under {@code path}. */
    record OfSecret(SecretSpec secret, String path) implements MountSpec {
        /**
         * Rejects null parts.
         *
         * @param secret the secret mounted
         * @param path where, an absolute path
         */
        public OfSecret {
            Args.notNull(secret, "secret");
            Args.notNull(path, "path");
        }
    }
}
