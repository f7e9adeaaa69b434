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
public final class SecretRef {

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

    /**
     * The component id.
     *
     * @return the component id
     */
    public ComponentId id() {
        return id;
    }

    /**
     * The Secret's name.
     *
     * @return the Secret's name
     */
    public String name() {
        return id.name();
    }

    /**
     * A typed reference to one key, for {@code env(name, key)}.
     *
     * @param key the key
     * @return a typed reference to one key, for {@code env(name, key)}
     * @throws IllegalArgumentException if the key is not a valid Secret key
     */
    public SecretKey key(String key) {
        return new SecretKey(this, Names.requireConfigKey("secret key", key));
    }

    /**
     * Waives rule {@code ruleId} on this component only, for the reason given: its violations here are not reported,
     * and this component's objects carry the annotation {@code shipshape.dev/waived.<ruleId>: <reason>} so reviewers
     * see what was waived and why. {@code Policy.off} waives a rule for the whole app instead.
     *
     * <pre>{@code
     * app.developmentSecret("local-db", Map.of("password", "dev")).waive("secret.development-data", "kind cluster only");
     * }</pre>
     *
     * @param ruleId the rule, e.g. {@code probe.readiness-missing}
     * @param reason why it does not apply here
     * @return this secret
     * @throws IllegalArgumentException if no rule has that id or the reason is blank
     */
    public SecretRef waive(String ruleId, String reason) {
        adjustments.waive(ruleId, reason);
        return this;
    }

    /**
     * Edits this component's rendered objects of {@code type} (typed, with fabric8's own classes) for what the DSL
     * does not model; the final objects are then checked by the same rules, and a violation the edit introduces says
     * so. Edits run in the order given, after rendering.
     *
     * <pre>{@code
     * frontend.customize(Deployment.class, d -> d.getSpec().getTemplate().getSpec().setPriorityClassName("high"));
     * }</pre>
     *
     * @param type the fabric8 class of the objects to edit, e.g. {@code Deployment.class} or {@code Service.class}
     * @param edit the edit
     * @param <T> the type
     * @return this builder, for chaining
     */
    public <T extends HasMetadata> SecretRef customize(Class<T> type, Consumer<? super T> edit) {
        adjustments.customize(type, edit);
        return this;
    }

    Adjustments adjustments() {
        return adjustments;
    }

    SecretSpec freeze() {
        return new SecretSpec(id, new TreeSet<>(declaredKeys), data);
    }

    @Override
    public String toString() {
        return "SecretRef[" + id.path() + "]";
    }
}
