package dev.shipshape.dsl;

/**
 * A key of a {@link Config}, for an environment variable: {@code frontend.env("JOURNAL_ENTRIES", cfg.key("journalEntries"))}.
 * Rendered as a {@code configMapKeyRef} to the versioned ConfigMap name.
 *
 * @param config the config
 * @param key    the key
 */
public record ConfigKey(Config config, String key) {
}
