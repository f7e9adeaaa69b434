package dev.shipshape.dsl;

import dev.shipshape.model.ComponentId;
import dev.shipshape.model.SecretSpec;
import dev.shipshape.units.Names;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Secret created out of band (by an operator, sealed-secrets, a vault injector): Shipshape renders
 * references to it, never its values. Declared keys are checked ({@code secret.missing-key}).
 *
 * <pre>{@code
 * SecretRef auth = app.externalSecret("redis-passwd", "passwd");
 * redis.mount(auth, "/etc/redis-passwd");
 * frontend.env("REDIS_PASSWORD", auth.key("passwd"));
 * }</pre>
 */
public final class SecretRef {

    private final ComponentId id;
    private final Set<String> declaredKeys;

    SecretRef(ComponentId id, Set<String> declaredKeys) {
        this.id = id;
        this.declaredKeys = Set.copyOf(declaredKeys);
    }

    /** The component id. */
    public ComponentId id() {
        return id;
    }

    /** The Secret's name. */
    public String name() {
        return id.name();
    }

    /**
     * A typed reference to one key, for {@code env(name, key)}.
     *
     * @throws IllegalArgumentException if the key is not a valid Secret key
     */
    public SecretKey key(String key) {
        return new SecretKey(this, Names.requireConfigKey("secret key", key));
    }

    SecretSpec freeze() {
        return new SecretSpec(id, new TreeSet<>(declaredKeys));
    }

    @Override
    public String toString() {
        return "SecretRef[" + id.path() + "]";
    }
}
