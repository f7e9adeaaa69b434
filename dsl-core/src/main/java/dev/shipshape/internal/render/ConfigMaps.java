package dev.shipshape.internal.render;

import dev.shipshape.model.ComponentKind;
import dev.shipshape.model.ConfigSpec;
import io.fabric8.kubernetes.api.model.ConfigMap;
import java.util.TreeMap;

/** A config as a ConfigMap named with its version, immutable unless unversioned. Not API. */
final class ConfigMaps extends ComponentRenderer<ConfigSpec> {

    ConfigMaps() {
        super(ConfigSpec.class);
    }

    @Override
    void render(ConfigSpec c, RenderContext.Scope out) {
        ConfigMap config = new ConfigMap();
        config.setMetadata(out.meta(out.context().configName(c), Labels.of(out.app(), c.name(), ComponentKind.CONFIG), true));
        config.setData(new TreeMap<>(c.data()));
        config.setImmutable(c.unversioned() ? null : Boolean.TRUE);
        out.add(config);
    }
}
