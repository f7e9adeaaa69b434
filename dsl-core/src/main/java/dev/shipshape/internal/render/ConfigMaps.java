package dev.shipshape.internal.render;

import dev.shipshape.model.ComponentKind;
import dev.shipshape.model.ConfigSpec;
import io.fabric8.kubernetes.api.model.ConfigMap;
import java.util.SortedMap;
import java.util.TreeMap;

/** A config as a ConfigMap named with its version, immutable unless unversioned, with its labels and annotations. Not API. */
final class ConfigMaps extends ComponentRenderer<ConfigSpec> {

    ConfigMaps() {
        super(ConfigSpec.class);
    }

    @Override
    void render(ConfigSpec c, RenderContext.Scope out) {
        ConfigMap config = new ConfigMap();
        SortedMap<String, String> labels = new TreeMap<>(c.labels());
        labels.putAll(Labels.of(out.app(), c.name(), ComponentKind.CONFIG));
        config.setMetadata(RenderContext.withAnnotations(out.meta(out.context().configName(c), labels, true), c.annotations()));
        config.setData(new TreeMap<>(c.data()));
        config.setImmutable(c.unversioned() ? null : Boolean.TRUE);
        out.add(config);
    }
}
