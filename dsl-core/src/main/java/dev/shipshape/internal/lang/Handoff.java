package dev.shipshape.internal.lang;

import java.lang.invoke.MethodHandles;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Hands the constructor of an API type that users must not call (an {@code AppId}, {@code Manifests}) over to
 * Shipshape's own code without the type depending on that code: the type offers its constructor once, in its static
 * initializer; the bridge at the top of the layers takes it by the type. The pattern of the JDK's
 * {@code SharedSecrets}, with the holder at the bottom, so no package points back up. Not API.
 *
 * <pre>{@code
 * static { Handoff.offer(AppId.class, AppId::new); }                        // in AppId
 * AppId id = Handoff.<String, AppId>take(AppId.class).apply("journal");    // in the bridge
 * }</pre>
 */
public final class Handoff {

    private static final Map<Class<?>, Function<?, ?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private Handoff() {
    }

    /**
     * Offers {@code type}'s constructor; called once, by {@code type}'s static initializer.
     *
     * @param type        the type
     * @param constructor makes one from its argument
     * @param <A>         what the constructor takes
     * @param <T>         the type
     * @throws IllegalStateException if the type already offered one, so nobody can take its place
     */
    public static <A, T> void offer(Class<T> type, Function<A, T> constructor) {
        if (CONSTRUCTORS.putIfAbsent(type, constructor) != null) {
            throw new IllegalStateException(type.getSimpleName() + " factory already set");
        }
    }

    /**
     * The constructor {@code type} offered, after initializing {@code type} so that it has.
     *
     * @param type the API type whose constructor is wanted
     * @param <A>  what the constructor takes, as the type offered it
     * @param <T>  the type
     * @return the constructor
     */
    @SuppressWarnings("unchecked")
    public static <A, T> Function<A, T> take(Class<T> type) {
        try {
            MethodHandles.lookup().ensureInitialized(type);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot initialize " + type.getName(), e);
        }
        Function<?, ?> constructor = CONSTRUCTORS.get(type);
        if (constructor == null) {
            throw new IllegalStateException(type.getName() + " offered no constructor");
        }
        return (Function<A, T>) constructor;
    }
}
