package dev.shipshape.dsl;

/**
 * A key of a {@link Config}, for an environment variable. Rendered as a {@code configMapKeyRef} to the
 * versioned ConfigMap name; a key the config lacks is {@code config.missing-key}.
 *
 * <pre>{@code
 * ConfigKey entries = cfg.key("journalEntries");
 * frontend.env("JOURNAL_ENTRIES", entries);
 * }</pre>
 *
 * @param config the config
 * @param key    the key
 */
public record ConfigKey(Config config, String key) {
}
