package dev.shipshape.internal;

import dev.shipshape.model.AppId;
import dev.shipshape.model.AppSpec;
import dev.shipshape.render.Manifests;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.function.Function;

/**
 * Lets Shipshape's own packages create the API values that users must not be able to create by hand: an
 * {@link AppId} (only {@code Shipshape.app(…)} makes one) and {@link Manifests} (only {@code App.render()}, after
 * validating). Each API class hands its private constructor over in a static initializer, the pattern of the
 * JDK's {@code SharedSecrets}. Not API.
 */
public final class Bridge {

    /** Creates rendered manifests. */
    @FunctionalInterface
    public interface ManifestsFactory {
        /**
         * The manifests of {@code app}.
         *
         * @param app      the frozen application
         * @param objects  the final objects, in render order
         * @param warnings the warnings validation found
         * @return the manifests
         */
        Manifests create(AppSpec app, List<HasMetadata> objects, List<Violation> warnings);
    }

    private static Function<String, AppId> appIds;
    private static ManifestsFactory manifests;

    private Bridge() {
    }

    /**
     * Called once by {@link AppId}'s static initializer.
     *
     * @param factory its constructor
     */
    public static synchronized void appIds(Function<String, AppId> factory) {
        if (appIds != null) {
            throw new IllegalStateException("AppId factory already set");
        }
        appIds = factory;
    }

    /**
     * Called once by {@link Manifests}' static initializer.
     *
     * @param factory its constructor
     */
    public static synchronized void manifests(ManifestsFactory factory) {
        if (manifests != null) {
            throw new IllegalStateException("Manifests factory already set");
        }
        manifests = factory;
    }

    /**
     * A new, distinct application identity.
     *
     * @param name the application's name, already checked
     * @return the identity
     */
    public static AppId newAppId(String name) {
        initialize(AppId.class);
        return appIds.apply(name);
    }

    /**
     * Manifests over objects that passed validation.
     *
     * @param app      the frozen application
     * @param objects  the final objects, in render order
     * @param warnings the warnings validation found
     * @return the manifests
     */
    public static Manifests newManifests(AppSpec app, List<HasMetadata> objects, List<Violation> warnings) {
        initialize(Manifests.class);
        return manifests.create(app, objects, warnings);
    }

    private static void initialize(Class<?> type) {
        try {
            MethodHandles.lookup().ensureInitialized(type);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot initialize " + type.getName(), e);
        }
    }
}
