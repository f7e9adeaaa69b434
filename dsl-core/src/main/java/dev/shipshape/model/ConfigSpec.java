package dev.shipshape.model;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A frozen Config: a ConfigMap whose rendered name carries a version.
 *
 * @param id          the component
 * @param data        the entries, sorted by key
 * @param version     an explicit version ({@code .version("v2")}); empty means the content hash
 * @param unversioned whether the user opted out of versioning ({@code .unversioned()})
 */
public record ConfigSpec(ComponentId id, SortedMap<String, String> data, Optional<String> version, boolean unversioned) {

    public ConfigSpec {
        Objects.requireNonNull(id, "id");
        data = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(data, "data")));
        Objects.requireNonNull(version, "version");
    }

    /** The config's own name, before any version suffix. */
    public String name() {
        return id.name();
    }

}
