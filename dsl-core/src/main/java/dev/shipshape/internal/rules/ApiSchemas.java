package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Raw;
import dev.shipshape.internal.schema.GatewayApiSchemas;
import dev.shipshape.internal.schema.KubernetesSchemas;
import dev.shipshape.internal.schema.SchemaWalk;
import dev.shipshape.internal.validation.CheckContext;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * How an object read from a file stands against the API of the policy's Kubernetes release: a built-in kind it serves
 * (checked against its schema), a built-in group's kind it does not serve, a custom resource whose definition is among
 * the inputs (checked against its {@code openAPIV3Schema}), a Gateway API object (checked against the standard-channel
 * CRD Shipshape ships, {@link GatewayApiSchemas}, unless its CRD is among the inputs), or a custom resource whose
 * definition is not among them (unchecked). One walk per
 * object and release, shared by the {@code api.*} rules.
 */
final class ApiSchemas {

    /** Where the object stands. */
    sealed interface Standing {
    }

    /** Checked against a schema: these are the refusals. */
    record Checked(List<SchemaWalk.Problem> problems) implements Standing {
    }

    /** A group the release serves, but not this version and kind of it. */
    record NotServed(String group, List<String> served) implements Standing {
    }

    /** A custom resource without its definition among the inputs, or whose definition has no schema for the version. */
    record Unchecked(String why) implements Standing {
    }

    private ApiSchemas() {
    }

    /** The standing of {@code item}, if it was read from a file and no customization edited it since. */
    static Optional<Standing> of(Item item, CheckContext ctx) {
        Optional<Raw> raw = item.raw();
        if (raw.isEmpty() || !raw.get().tree().isObject()) {
            return Optional.empty();
        }
        String version = ctx.kubernetesVersion();
        return Optional.of(raw.get().memo("api " + version, () -> standing(raw.get().tree(), ctx, version)));
    }

    private static Standing standing(JsonNode tree, CheckContext ctx, String version) {
        KubernetesSchemas k8s = KubernetesSchemas.of(version);
        String apiVersion = tree.path("apiVersion").asString("");
        String kind = tree.path("kind").asString("");
        Optional<String> definition = k8s.definitionOf(apiVersion, kind);
        if (definition.isPresent()) {
            return new Checked(SchemaWalk.builtIn(k8s, definition.get(), tree));
        }
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        if (k8s.servesGroup(group)) {
            return new NotServed(group, k8s.versionsOf(kind));
        }
        String served = apiVersion.substring(apiVersion.indexOf('/') + 1);
        for (Item other : ctx.index().ofKind("CustomResourceDefinition")) {
            if (other.raw().isEmpty()) {
                continue;
            }
            JsonNode spec = other.raw().get().tree().path("spec");
            if (!spec.path("group").asString("").equals(group) || !spec.path("names").path("kind").asString("").equals(kind)) {
                continue;
            }
            for (JsonNode v : spec.path("versions")) {
                if (v.path("name").asString("").equals(served)) {
                    JsonNode schema = v.path("schema").path("openAPIV3Schema");
                    return schema.isObject() ? new Checked(SchemaWalk.custom(k8s, schema, tree))
                            : new Unchecked("its CustomResourceDefinition " + other.name() + " has no openAPIV3Schema for "
                                    + served);
                }
            }
            return new Unchecked("its CustomResourceDefinition " + other.name() + " does not serve version " + served);
        }
        // the Gateway API: the standard channel of the release shipped, unless its CRDs are among the inputs (above)
        Optional<GatewayApiSchemas.Definition> gateway = GatewayApiSchemas.find(group, kind);
        if (gateway.isPresent()) {
            return gateway.get().schema(served).<Standing>map(schema -> new Checked(SchemaWalk.custom(k8s, schema, tree)))
                    .orElseGet(() -> new Unchecked("the Gateway API's standard channel (" + GatewayApiSchemas.RELEASE
                            + ", shipped with Shipshape) does not serve " + kind + " " + served + " (it serves "
                            + String.join(", ", gateway.get().served()) + "); include your cluster's CRDs to check it"));
        }
        return new Unchecked("its CustomResourceDefinition (" + kind.toLowerCase(java.util.Locale.ROOT) + "s." + group
                + ") is not among the inputs");
    }

    /** Calls {@code each} for every object read from a file whose standing is a {@code type}. */
    static <T extends Standing> void each(CheckContext ctx, Class<T> type, java.util.function.BiConsumer<Item, T> each) {
        for (Item item : ctx.index().items()) {
            of(item, ctx).filter(type::isInstance).ifPresent(standing -> each.accept(item, type.cast(standing)));
        }
    }

    /** The line of a problem's field. */
    static int line(Item item, SchemaWalk.Problem p) {
        return item.raw().map(r -> r.line(p.mapping(), p.key())).orElse(0);
    }
}
