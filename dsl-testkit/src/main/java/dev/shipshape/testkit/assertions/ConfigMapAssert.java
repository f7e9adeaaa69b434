package dev.shipshape.testkit.assertions;

import io.fabric8.kubernetes.api.model.ConfigMap;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the ConfigMap of one config, from {@link ManifestsAssert#configMap(String)}.
 *
 * <pre>{@code
 * assertThat(manifests).configMap("frontend-config").isVersioned().containsEntry("journalEntries", "10");
 * }</pre>
 */
public final class ConfigMapAssert extends AbstractAssert<ConfigMapAssert, ConfigMap> {

    private final String configName;

    ConfigMapAssert(ConfigMap actual, String configName) {
        super(actual, ConfigMapAssert.class);
        this.configName = configName;
    }

    /**
     * The rendered name carries a version suffix ({@code <config>-<hash or version>}) and the ConfigMap is immutable.
     *
     * @return this assert, for chaining
     */
    public ConfigMapAssert isVersioned() {
        String name = actual.getMetadata().getName();
        if (!name.startsWith(configName + "-") || name.length() == configName.length() + 1 || !Boolean.TRUE.equals(actual.getImmutable())) {
            failWithMessage("Expecting the ConfigMap of config %s to be versioned (named %s-<version>, immutable)%nbut it is"
                    + " named%n  %s%nwith immutable: %s", configName, configName, name, actual.getImmutable());
        }
        return myself;
    }

    /**
     * The data has {@code key} = {@code value}.
     *
     * @param key a key of the ConfigMap's data
     * @param value the value expected
     * @return this assert, for chaining
     */
    public ConfigMapAssert containsEntry(String key, String value) {
        String found = actual.getData() == null ? null : actual.getData().get(key);
        if (!value.equals(found)) {
            failWithMessage("Expecting ConfigMap %s to map%n  %s%nto%n  %s%nbut it maps it to%n  %s",
                    actual.getMetadata().getName(), key, value, found == null ? "(no such key)" : found);
        }
        return myself;
    }
}
