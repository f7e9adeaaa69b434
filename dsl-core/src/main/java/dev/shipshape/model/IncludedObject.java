package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Optional;

/**
 * An object added to an app with {@code app.include(…)}: given as a fabric8 object, or read from a manifest file.
 *
 * <pre>{@code
 * app.include(Path.of("k8s/monitoring"));
 * app.model().included().get(0).file();   // Optional[k8s/monitoring/servicemonitor.yaml]
 * }</pre>
 *
 * @param object the object, a copy the app owns
 * @param file   the file it was read from, if any
 * @param line   the line its document starts on (1-based), 0 when it was not read from a file
 */
public record IncludedObject(HasMetadata object, Optional<String> file, int line) {

    /**
     * Rejects null parts.
     *
     * @param object the object, a copy the app owns
     * @param file the file it was read from, if any
     * @param line the line its document starts on
     */
    public IncludedObject {
        Args.notNull(object, "object");
        Args.notNull(file, "file");
    }
}
