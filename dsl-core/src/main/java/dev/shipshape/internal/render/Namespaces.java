package dev.shipshape.internal.render;

import dev.shipshape.model.AppSpec;
import io.fabric8.kubernetes.api.model.Namespace;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The app's Namespace, when it has one: its labels and the Pod Security admission labels, which enforce the strictest
 * level every pod of the app meets and warn about "restricted". Not API.
 */
final class Namespaces {

    /** The Pod Security admission labels of the Namespace, and the version of the standards they pin. */
    static final String PSS_ENFORCE = "pod-security.kubernetes.io/enforce";
    static final String PSS_WARN = "pod-security.kubernetes.io/warn";
    static final String PSS_VERSION = "v1.32";

    private Namespaces() {
    }

    static void render(AppSpec app, RenderContext.Scope out) {
        app.namespace().ifPresent(ns -> {
            SortedMap<String, String> labels = new TreeMap<>(Labels.ofApp(app));
            labels.put(PSS_ENFORCE, app.workloads().stream().map(SecurityContexts::podSecurityLevel)
                    .max(Comparator.naturalOrder()).orElse(SecurityContexts.PodSecurityLevel.RESTRICTED).label);
            labels.put(PSS_ENFORCE + "-version", PSS_VERSION);
            labels.put(PSS_WARN, "restricted");
            labels.put(PSS_WARN + "-version", PSS_VERSION);
            Namespace namespace = new Namespace();
            namespace.setMetadata(out.meta(ns, labels, false));
            out.add(namespace);
        });
    }
}
