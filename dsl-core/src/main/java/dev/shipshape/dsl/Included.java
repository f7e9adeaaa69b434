package dev.shipshape.dsl;

import dev.shipshape.internal.yaml.Serialization;
import dev.shipshape.units.Names;
import io.fabric8.kubernetes.api.model.HasMetadata;

/** Copies of included objects, checked for what every object needs. */
final class Included {

    private Included() {
    }

    /** A deep copy of {@code o}, which must have an apiVersion, a kind and a name. */
    static HasMetadata copy(HasMetadata o) {
        if (o == null) {
            throw new IllegalArgumentException("an included object must not be null");
        }
        String what = o.getKind() + "/" + (o.getMetadata() == null ? null : o.getMetadata().getName());
        if (o.getApiVersion() == null || o.getApiVersion().isBlank()) {
            throw new IllegalArgumentException("included object " + Names.printable(what) + " has no apiVersion");
        }
        if (o.getKind() == null || o.getKind().isBlank()) {
            throw new IllegalArgumentException("included object " + Names.printable(what) + " has no kind");
        }
        if (o.getMetadata() == null || o.getMetadata().getName() == null || o.getMetadata().getName().isBlank()) {
            throw new IllegalArgumentException("included " + o.getKind() + " has no metadata.name");
        }
        try {
            return Serialization.json().convertValue(o, o.getClass());
        } catch (RuntimeException | StackOverflowError e) {
            throw new IllegalArgumentException("included " + o.getKind() + " " + Names.printable(o.getMetadata().getName())
                    + " cannot be copied (" + Names.printable(String.valueOf(e.getMessage())) + "); does a map or list"
                    + " of it contain itself?", e);
        }
    }
}
