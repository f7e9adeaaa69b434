package dev.shipshape.dsl;

/**
 * A key of a {@link SecretRef}, for an environment variable. Rendered as a {@code secretKeyRef}; a key outside
 * the declared ones is {@code secret.missing-key}.
 *
 * <pre>{@code
 * SecretKey password = auth.key("passwd");
 * frontend.env("REDIS_PASSWORD", password);
 * }</pre>
 *
 * @param secret the secret
 * @param key    the key
 */
public record SecretKey(SecretRef secret, String key) {
}
