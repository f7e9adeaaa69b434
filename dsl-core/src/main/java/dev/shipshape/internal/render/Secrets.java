package dev.shipshape.internal.render;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.model.ComponentKind;
import dev.shipshape.model.SecretSpec;
import io.fabric8.kubernetes.api.model.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Secrets: a development Secret's values, base64-encoded, as an {@code Opaque} Secret; an external Secret renders
 * nothing but a stand-in that references are checked against (its declared keys, with empty values). Not API.
 */
final class Secrets extends ComponentRenderer<SecretSpec> {

    Secrets() {
        super(SecretSpec.class);
    }

    @Override
    void render(SecretSpec s, RenderContext.Scope out) {
        if (s.data().isEmpty()) {
            Secret standIn = new Secret(); // v1 Secret: the model's constructor sets apiVersion and kind
            standIn.setType(Item.EXTERNAL_SECRET);
            standIn.setMetadata(out.meta(s.name(), Collections.emptySortedMap(), true));
            if (s.keysDeclared()) {
                Map<String, String> keys = new TreeMap<>();
                s.declaredKeys().forEach(k -> keys.put(k, ""));
                standIn.setData(keys);
            }
            out.addKnown(standIn);
        }
        s.data().ifPresent(data -> {
            Map<String, String> encoded = new TreeMap<>();
            data.reveal().forEach((k, v) -> encoded.put(k, Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8))));
            Secret secret = new Secret();
            SortedMap<String, String> labels = new TreeMap<>(s.labels());
            labels.putAll(Labels.of(out.app(), s.name(), ComponentKind.SECRET));
            secret.setMetadata(RenderContext.withAnnotations(out.meta(s.name(), labels, true), s.annotations()));
            secret.setType("Opaque");
            secret.setData(encoded);
            out.add(secret);
        });
    }
}
