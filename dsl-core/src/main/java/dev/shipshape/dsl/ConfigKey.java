package dev.shipshape.dsl;

import java.util.Objects;

/**
 * A key of a {@link Config}, for an environment variable. Rendered as a {@code configMapKeyRef} to the
 * versioned ConfigMap name; a key the config lacks is {@code config.missing-key}. Only {@link Config#key(String)}
 * makes one, so a reference always names a config of some app.
 *
 * <pre>{@code
 * ConfigKey entries = cfg.key("journalEntries");
 * frontend.env("JOURNAL_ENTRIES", entries);
 * }</pre>
 */
public final class ConfigKey {

    private final Config config;
    private final String key;

    ConfigKey(Config config, String key) {
        this.config = config;
        this.key = key;
    }

    /**
     * The config the key belongs to.
     *
     * @return the config
     */
    public Config config() {
        return config;
    }

    /**
     * The key.
     *
     * @return the key, e.g. {@code journalEntries}
     */
    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfigKey k && k.config == config && k.key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(config), key);
    }

    @Override
    public String toString() {
        return "ConfigKey[" + config.id().path() + ", key=" + key + "]";
    }
}
