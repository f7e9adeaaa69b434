package dev.shipshape.dsl;

import java.util.Objects;

/**
 * A key of a {@link SecretRef}, for an environment variable. Rendered as a {@code secretKeyRef}; a key outside
 * the declared ones is {@code secret.missing-key}. Only {@link SecretRef#key(String)} makes one.
 *
 * <pre>{@code
 * SecretKey password = auth.key("passwd");
 * frontend.env("REDIS_PASSWORD", password);
 * }</pre>
 */
public final class SecretKey {

    private final SecretRef secret;
    private final String key;

    SecretKey(SecretRef secret, String key) {
        this.secret = secret;
        this.key = key;
    }

    /**
     * The secret the key belongs to.
     *
     * @return the secret
     */
    public SecretRef secret() {
        return secret;
    }

    /**
     * The key.
     *
     * @return the key, e.g. {@code passwd}
     */
    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecretKey k && k.secret == secret && k.key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(secret), key);
    }

    @Override
    public String toString() {
        return "SecretKey[" + secret.id().path() + ", key=" + key + "]";
    }
}
