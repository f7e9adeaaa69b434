package dev.shipshape.internal.validation;

import dev.shipshape.internal.objects.Unread;
import dev.shipshape.model.AppSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every check may consult: the settings of the policy that checks read (not its severities, which are the
 * validator's business), the application model when the objects come from one, and the index of the objects. Not API.
 *
 * @param allowedRegistries the registries images may come from; empty: any
 * @param app               the application, absent when checking manifests read from files
 * @param index             the objects under check
 * @param kubernetesVersion the Kubernetes release whose API the objects are checked against, e.g. {@code 1.36}
 * @param unreadable        the files and documents that could not be read
 */
public record CheckContext(List<String> allowedRegistries, Optional<AppSpec> app, Index index, String kubernetesVersion,
                           List<Unread> unreadable) {

    /** Checks every part is there. */
    public CheckContext {
        allowedRegistries = List.copyOf(allowedRegistries);
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(kubernetesVersion, "kubernetesVersion");
        unreadable = List.copyOf(unreadable);
    }
}
