package dev.shipshape.dsl;

import dev.shipshape.model.ComponentId;
import dev.shipshape.model.SecretData;
import dev.shipshape.model.SecretSpec;
import dev.shipshape.units.Names;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A Secret: usually created out of band (by an operator, sealed-secrets, a vault injector), and Shipshape
 * renders references to it, never its values; or a development Secret with literal values
 * ({@code App.developmentSecret}). Declared keys are checked ({@code secret.missing-key}). Its
 * {@code toString()} never shows a value.
 *
 * <pre>{@code
 * SecretRef auth = app.externalSecret("redis-passwd", "passwd");
 * redis.mount(auth, "/etc/redis-passwd");
 * frontend.env("REDIS_PASSWORD", auth.key("passwd"));
 * }</pre>
 */
public final class SecretRef implements Component<SecretRef> {

    private final ComponentId id;
    private final Set<String> declaredKeys;
    private final Optional<SecretData> data;
    private final Adjustments adjustments;

    SecretRef(ComponentId id, Set<String> declaredKeys, Optional<SecretData> data) {
        this.id = id;
        this.adjustments = new Adjustments(Optional.of(id));
        this.declaredKeys = Set.copyOf(declaredKeys);
        this.data = data;
    }

    @Override
    public ComponentId id() {
        return id;
    }

    /** {@return the Secret's name} */
    @Override
    public String name() {
        return id.name();
    }

    /**
     * {@return a typed reference to one key, for {@code env(name, key)}}
     *
     * @param key a key of this secret ({@code secret.missing-key} reports an undeclared one)
     * @throws IllegalArgumentException if the key is not a valid Secret key
     */
    public SecretKey key(String key) {
        return new SecretKey(this, Names.requireConfigKey("secret key", key));
    }

    @Override
    public SecretRef waive(String ruleId, String reason) {
        adjustments.waive(ruleId, reason);
        return this;
    }

    @Override
    public <T extends HasMetadata> SecretRef customize(Class<T> type, Consumer<? super T> edit) {
        adjustments.customize(type, edit);
        return this;
    }

    @Override
    public SecretRef label(String key, String value) {
        adjustments.label(key, value);
        return this;
    }

    @Override
    public SecretRef annotation(String key, String value) {
        adjustments.annotation(key, value);
        return this;
    }

    Adjustments adjustments() {
        return adjustments;
    }

    SecretSpec freeze() {
        return new SecretSpec(id, new TreeSet<>(declaredKeys), data, adjustments.labels(), adjustments.annotations());
    }

    @Override
    public String toString() {
        return "SecretRef[" + id.path() + "]";
    }
}
