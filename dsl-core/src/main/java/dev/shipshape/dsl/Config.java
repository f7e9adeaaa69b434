package dev.shipshape.dsl;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.model.AddressUse;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.ConfigSpec;
import dev.shipshape.units.Names;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A versioned ConfigMap. By default its rendered name is {@code <name>-<hash>}, the hash being the one
 * {@code kustomize}'s configMapGenerator computes for the same data; it is rendered {@code immutable: true}
 * and every workload that consumes it refers to the versioned name, so a content change rolls them.
 *
 * <pre>{@code
 * Config cfg = app.config("frontend-config").entry("journalEntries", "10");
 * frontend.env("JOURNAL_ENTRIES", cfg.key("journalEntries"));
 * frontend.mount(cfg, "/etc/frontend");
 * cfg.version("v2");   // name frontend-config-v2 instead of the hash
 * }</pre>
 */
public final class Config implements Component<Config> {

    private final ComponentId id;
    private final TreeMap<String, Object> data = new TreeMap<>();
    private Optional<String> version = Optional.empty();
    private boolean unversioned;
    private final Adjustments adjustments;

    Config(ComponentId id) {
        this.id = id;
        this.adjustments = new Adjustments(Optional.of(id));
    }

    @Override
    public ComponentId id() {
        return id;
    }

    /** {@return the config's name, before its version suffix} */
    @Override
    public String name() {
        return id.name();
    }

    /**
     * Adds or replaces an entry.
     *
     * @param key {@code [-._a-zA-Z0-9]+}, at most 253 characters
     * @param value any text, stored as given
     * @return this config, for chaining
     * @throws IllegalArgumentException if the key is not a valid ConfigMap key or the value is null
     */
    public Config entry(String key, String value) {
        Names.requireConfigKey("config key", key);
        data.put(key, Args.notNull(value, "config value of '" + key + "'"));
        return this;
    }

    /**
     * Adds or replaces an entry holding where to call a Service: {@code cfg.entry("catalog", catalog.endpoint("grpc"))}
     * is {@code catalog:3550}; every workload that reads this entry ({@code .env(name, cfg.key("catalog"))}) or mounts
     * this config may then call the catalog, and no other.
     *
     * @param key      {@code [-._a-zA-Z0-9]+}, at most 253 characters
     * @param endpoint the endpoint
     * @return this config, for chaining
     * @throws IllegalArgumentException if the key is not a valid ConfigMap key or the endpoint is null
     */
    public Config entry(String key, Endpoint endpoint) {
        Names.requireConfigKey("config key", key);
        data.put(key, Args.notNull(endpoint, "config endpoint of '" + key + "'"));
        return this;
    }

    /**
     * Adds or replaces an entry written from text and typed addresses:
     * {@code cfg.entry("cache.url", Template.of("redis://", redis.primaryEndpoint("redis"), "/0"))}.
     *
     * @param key      {@code [-._a-zA-Z0-9]+}, at most 253 characters
     * @param template the text, from {@link Template#of(Object...)}
     * @return this config, for chaining
     * @throws IllegalArgumentException if the key is not a valid ConfigMap key or the template is null
     */
    public Config entry(String key, Template template) {
        Names.requireConfigKey("config key", key);
        data.put(key, Args.notNull(template, "config template of '" + key + "'"));
        return this;
    }

    /**
     * Adds or replaces every entry of {@code entries}: {@code cfg.entries(Map.of("a", "1", "b", "2"))}.
     *
     * @param entries key → value, each as for {@link #entry(String, String)}
     * @return this config, for chaining
     */
    public Config entries(Map<String, String> entries) {
        Args.notNull(entries, "entries").forEach(this::entry);
        return this;
    }

    /**
     * Names the version explicitly: the ConfigMap becomes {@code <name>-<version>} instead of
     * {@code <name>-<hash>}. Bump it whenever the content changes.
     *
     * @param version the version, e.g. {@code v2}
     * @return this config, for chaining
     * @throws IllegalArgumentException if the version is not a DNS-1123 label (e.g. {@code v2})
     */
    public Config version(String version) {
        Names.requireDns1123Label("config version", version);
        this.version = Optional.of(version);
        this.unversioned = false;
        return this;
    }

    /**
     * Renders the ConfigMap under its plain name, mutable. Consumed by a workload, this is the error
     * {@code config.unversioned-name} (a warning if the policy lowers it): in-place changes roll nothing.
     *
     * @return this config, for chaining
     */
    public Config unversioned() {
        this.unversioned = true;
        this.version = Optional.empty();
        return this;
    }

    /**
     * {@return a typed reference to one key, for {@code env(name, key)}; a key the config does not have is the error {@code config.missing-key}}
     *
     * @param key a key of this config ({@code config.missing-key} reports others)
     * @throws IllegalArgumentException if the key is not a valid ConfigMap key
     */
    public ConfigKey key(String key) {
        return new ConfigKey(this, Names.requireConfigKey("config key", key));
    }

    @Override
    public Config waive(String ruleId, String reason) {
        adjustments.waive(ruleId, reason);
        return this;
    }

    @Override
    public <T extends HasMetadata> Config customize(Class<T> type, Consumer<? super T> edit) {
        adjustments.customize(type, edit);
        return this;
    }

    @Override
    public Config label(String key, String value) {
        adjustments.label(key, value);
        return this;
    }

    @Override
    public Config annotation(String key, String value) {
        adjustments.annotation(key, value);
        return this;
    }

    Adjustments adjustments() {
        return adjustments;
    }

    /** The config frozen; its typed entries written out, the addresses they used recorded as {@code entry:<key>}. */
    ConfigSpec freeze(Freezer freezer) {
        TreeMap<String, String> values = new TreeMap<>();
        List<AddressUse> uses = new ArrayList<>();
        data.forEach((key, value) -> {
            Freezer.Text t = freezer.text(value);
            values.put(key, t.value());
            t.addresses().forEach(a -> uses.add(new AddressUse("entry:" + key, a)));
        });
        return new ConfigSpec(id, values, version, unversioned, adjustments.labels(), adjustments.annotations(), uses);
    }
}
