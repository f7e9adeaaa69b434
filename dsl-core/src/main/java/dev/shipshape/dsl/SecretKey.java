package dev.shipshape.dsl;

/**
 * A key of a {@link SecretRef}, for an environment variable: {@code env("REDIS_PASSWORD", auth.key("passwd"))}.
 * Rendered as a {@code secretKeyRef}.
 *
 * @param secret the secret
 * @param key    the key
 */
public record SecretKey(SecretRef secret, String key) {
}
