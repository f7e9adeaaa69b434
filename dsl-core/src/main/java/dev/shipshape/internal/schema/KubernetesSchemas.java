package dev.shipshape.internal.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schemas of the built-in kinds of one Kubernetes release, read from the trimmed OpenAPI document shipped in
 * {@code dev/shipshape/schemas/kubernetes-<version>.json.gz}. Not API.
 *
 * <pre>{@code
 * KubernetesSchemas k8s = KubernetesSchemas.of("1.32");
 * k8s.definitionOf("apps/v1", "Deployment");   // io.k8s.api.apps.v1.Deployment
 * k8s.servesGroup("apps");                     // true: apps/v1beta2 Deployment is then a kind this release does not serve
 * }</pre>
 */
public final class KubernetesSchemas {

    /** The releases whose schemas ship, oldest first; the last is the default. */
    public static final List<String> VERSIONS = List.of("1.32", "1.33", "1.34", "1.35", "1.36");

    private static final Map<String, KubernetesSchemas> LOADED = new ConcurrentHashMap<>();

    private final String version;
    private final JsonNode definitions;
    private final Map<String, String> byKind = new HashMap<>();
    private final Set<String> groups = new HashSet<>();

    private KubernetesSchemas(String version, JsonNode definitions) {
        this.version = version;
        this.definitions = definitions;
        for (Map.Entry<String, JsonNode> d : definitions.properties()) {
            for (JsonNode gvk : d.getValue().path("x-kubernetes-group-version-kind")) {
                String group = gvk.path("group").asString("");
                String apiVersion = group.isEmpty() ? gvk.path("version").asString() : group + "/" + gvk.path("version").asString();
                // a kind is listed under every definition that can carry it (DeleteOptions, WatchEvent): keep the first
                byKind.putIfAbsent(apiVersion + " " + gvk.path("kind").asString(), d.getKey());
                groups.add(group);
            }
        }
    }

    /** The newest release shipped, the default. */
    public static String newest() {
        return VERSIONS.get(VERSIONS.size() - 1);
    }

    /**
     * The schemas of {@code version}, loaded once.
     *
     * @throws IllegalArgumentException if it is not one of {@link #VERSIONS}
     */
    public static KubernetesSchemas of(String version) {
        if (!VERSIONS.contains(version)) {
            throw new IllegalArgumentException("Kubernetes " + version + " is not a version Shipshape has the schemas of;"
                    + " it has " + String.join(", ", VERSIONS));
        }
        return LOADED.computeIfAbsent(version, KubernetesSchemas::load);
    }

    private static KubernetesSchemas load(String version) {
        String resource = "/dev/shipshape/schemas/kubernetes-" + version + ".json.gz";
        try (InputStream in = KubernetesSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            JsonNode doc = JsonMapper.builder().build().readTree(new GZIPInputStream(in));
            return new KubernetesSchemas(version, doc.path("definitions"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The release, e.g. {@code 1.32}. */
    public String version() {
        return version;
    }

    /** The name of the definition of {@code kind} in {@code apiVersion}, if this release serves it. */
    public Optional<String> definitionOf(String apiVersion, String kind) {
        return Optional.ofNullable(byKind.get(apiVersion + " " + kind));
    }

    /** Whether this release serves any kind of API group {@code group} ({@code ""} is the core group). */
    public boolean servesGroup(String group) {
        return groups.contains(group);
    }

    /** The versions this release serves {@code kind} in, e.g. {@code [apps/v1]}. */
    public List<String> versionsOf(String kind) {
        return byKind.keySet().stream().filter(k -> k.endsWith(" " + kind)).map(k -> k.substring(0, k.indexOf(' ')))
                .sorted().toList();
    }

    /** Every definition, by name (for tests that compare them with other sources). */
    public JsonNode definitions() {
        return definitions;
    }

    /** The definition named {@code name} ({@code io.k8s.api.core.v1.Container}), or a missing node. */
    public JsonNode definition(String name) {
        return definitions.path(name);
    }
}
