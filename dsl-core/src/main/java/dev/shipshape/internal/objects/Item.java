package dev.shipshape.internal.objects;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One final object under check, with where it came from and, when a {@code customize(…)} edited it, which. Checks
 * read it and never change it. Not API.
 */
public final class Item {

    /** The annotation prefix that waives a rule on one object: {@code shipshape.dev/waived.<rule id>: <reason>}. */
    public static final String WAIVED = "shipshape.dev/waived.";

    /**
     * The {@code type} of the stand-in Secret an app's declared external Secret is known by: its {@code data} holds the
     * declared keys (with empty values), or is empty when no keys were declared (then keys are not checked).
     */
    public static final String EXTERNAL_SECRET = "shipshape.dev/external";

    private final HasMetadata object;
    private final Origin origin;
    private final Optional<String> customizedBy;
    private final Optional<Raw> raw;
    /** Where violations of this object are reported; made on first use, since most objects have none. */
    private Place place;

    /**
     * An object under check.
     *
     * @param object       the object
     * @param origin       where it came from
     * @param customizedBy the customization that edited it, e.g. {@code webService:frontend customize(Deployment)}
     */
    public Item(HasMetadata object, Origin origin, Optional<String> customizedBy) {
        this(object, origin, customizedBy, Optional.empty());
    }

    private Item(HasMetadata object, Origin origin, Optional<String> customizedBy, Optional<Raw> raw) {
        this.object = Objects.requireNonNull(object, "object");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.customizedBy = Objects.requireNonNull(customizedBy, "customizedBy");
        this.raw = Objects.requireNonNull(raw, "raw");
    }

    /** An object read from a file, with the tree it was read from (for the checks of what the API server refuses). */
    public static Item read(HasMetadata object, Origin origin, Raw raw) {
        return new Item(object, origin, Optional.empty(), Optional.of(raw));
    }

    /** The tree the object was read from, when it was read from a file and no customization has edited it since. */
    public Optional<Raw> raw() {
        return raw;
    }

    /** An object that no customization edited. */
    public static Item of(HasMetadata object, Origin origin) {
        return new Item(object, origin, Optional.empty());
    }

    /** The object. */
    public HasMetadata object() {
        return object;
    }

    /** Where it came from. */
    public Origin origin() {
        return origin;
    }

    /** The customization that edited it, if one did. */
    public Optional<String> customizedBy() {
        return customizedBy;
    }

    /** This item with {@code customization} recorded (the object itself is shared). */
    public Item customized(String customization) {
        return new Item(object, origin, Optional.of(customizedBy.map(c -> c + ", ").orElse("") + customization));
    }

    /** The object's kind, or {@code ""} if it has none. */
    public String kind() {
        return object.getKind() == null ? "" : object.getKind();
    }

    /** The object's name, or {@code ""} if it has none. */
    public String name() {
        ObjectMeta meta = object.getMetadata();
        return meta == null || meta.getName() == null ? "" : meta.getName();
    }

    /**
     * The object's {@code metadata.generateName}, or {@code ""}: the prefix of the name the API server gives an object
     * created without one (Helm and Argo CD hooks create Jobs so).
     */
    public String generateName() {
        ObjectMeta meta = object.getMetadata();
        return meta == null || meta.getGenerateName() == null ? "" : meta.getGenerateName();
    }

    /** The object's namespace, or {@code ""} for none (the namespace it is applied to). */
    public String namespace() {
        ObjectMeta meta = object.getMetadata();
        return meta == null || meta.getNamespace() == null ? "" : meta.getNamespace();
    }

    /** {@code Kind/name}, as kubectl names objects. */
    public String ref() {
        return kind() + "/" + name();
    }

    /** Where violations of this object are reported. */
    public Place place() {
        Place p = place;
        if (p == null) {
            p = Place.of(this);
            place = p; // a race makes two equal places, and either is right
        }
        return p;
    }

    /** The object's labels, never null; a label written without a value (YAML {@code app:}) has the value "". */
    public Map<String, String> labels() {
        ObjectMeta meta = object.getMetadata();
        return meta == null ? Map.of() : labels(meta.getLabels());
    }

    /**
     * {@code labels} with a null value read as "", as the API server decodes it; never null.
     *
     * @param labels labels as written, maybe null or with null values
     * @return the labels the API server would store
     */
    public static Map<String, String> labels(Map<String, String> labels) {
        if (labels == null) {
            return Map.of();
        }
        for (String v : labels.values()) {
            if (v == null) {
                Map<String, String> copy = new LinkedHashMap<>();
                labels.forEach((k, value) -> copy.put(k, value == null ? "" : value));
                return copy;
            }
        }
        return labels;
    }

    /** The object's annotations, never null. */
    public Map<String, String> annotations() {
        ObjectMeta meta = object.getMetadata();
        return meta == null || meta.getAnnotations() == null ? Map.of() : meta.getAnnotations();
    }

    /** Whether the object carries the waiver annotation of {@code ruleId}. */
    public boolean waives(String ruleId) {
        return annotations().containsKey(WAIVED + ruleId);
    }

    /** The component Shipshape rendered it for, if it did. */
    public Optional<dev.shipshape.model.ComponentId> component() {
        return origin instanceof Origin.Rendered r ? r.component() : Optional.empty();
    }

    /**
     * Whether the object was read from a file by {@code Shipshape.check}: the files checked may be part of what is
     * applied, so a reference to an object not among them may be to one created out of band.
     */
    public boolean isReadByCheck() {
        return origin instanceof Origin.File;
    }

    /** Whether Shipshape rendered it (as opposed to included or read from a file). */
    public boolean isRendered() {
        return origin instanceof Origin.Rendered;
    }

    @Override
    public String toString() {
        return place().path();
    }
}
