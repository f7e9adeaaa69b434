package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.internal.lang.KustomizeHash;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A frozen Config: a ConfigMap whose rendered name carries a version.
 *
 * <pre>{@code
 * ConfigSpec c = app.model().configs().get(0);
 * c.renderedName();   // "frontend-config-2t7kh9mgkf"
 * }</pre>
 *
 * @param id          the component
 * @param data        the entries, sorted by key
 * @param version     an explicit version ({@code .version("v2")}); empty means the content hash
 * @param unversioned whether the user opted out of versioning ({@code .unversioned()})
 * @param labels      the user's labels of the ConfigMap
 * @param annotations the user's annotations of the ConfigMap
 * @param addresses   the typed addresses its entries were written from ({@code entry:<key>}), the workloads that read
 *                    it call them
 */
public record ConfigSpec(ComponentId id, SortedMap<String, String> data, Optional<String> version, boolean unversioned,
                         SortedMap<String, String> labels, SortedMap<String, String> annotations,
                         List<AddressUse> addresses) implements ComponentSpec {

    /**
     * Rejects null parts and copies the collections, sorted.
     *
     * @param id the component
     * @param data the entries, sorted by key
     * @param version an explicit version ({@code .version("v2")}); empty means the content hash
     * @param unversioned whether the user opted out of versioning ({@code .unversioned()})
     * @param labels the user's labels of the ConfigMap
     * @param annotations the user's annotations of the ConfigMap
     * @param addresses the typed addresses its entries were written from ({@code entry:<key>}), the workloads that read it call them
     */
    public ConfigSpec {
        Args.notNull(id, "id");
        data = Args.sortedCopy(data, "data");
        Args.notNull(version, "version");
        labels = Args.sortedCopy(labels, "labels");
        annotations = Args.sortedCopy(annotations, "annotations");
        addresses = Args.list(addresses, "addresses");
    }

    /** Length of the separator and kustomize hash appended to a hash-versioned name. */
    public static final int HASH_SUFFIX_LENGTH = 11;

    /**
     * The name the ConfigMap is rendered under: {@code <name>-<kustomize hash of the data>} by default,
     * {@code <name>-<version>} with an explicit version, {@code <name>} when unversioned.
     *
     * @return the name the ConfigMap is rendered under
     */
    public String renderedName() {
        if (unversioned) {
            return name();
        }
        return name() + "-" + version.orElseGet(() -> KustomizeHash.of(data));
    }

    /** {@return the length {@link #renderedName()} has, without hashing the data} */
    public int renderedNameLength() {
        if (unversioned) {
            return name().length();
        }
        return name().length() + (version.isPresent() ? version.get().length() + 1 : HASH_SUFFIX_LENGTH);
    }

    /** {@return the config's own name, before any version suffix} */
    public String name() {
        return id.name();
    }

}
