package dev.shipshape.dsl;

/**
 * An application that tools find on their own: the Maven plugin's {@code render}, {@code check} and {@code diff}
 * goals render every implementation listed in {@code META-INF/services/dev.shipshape.dsl.AppSource} of the build, with
 * no configuration at all. An implementation has a public no-argument constructor.
 *
 * <pre>{@code
 * public final class Shop implements AppSource {
 *     public App define() {
 *         App app = Shipshape.app("shop");
 *         app.webService("web", "ghcr.io/example/shop:1.4.2").port("http", 8080);
 *         return app;
 *     }
 * }
 * // src/main/resources/META-INF/services/dev.shipshape.dsl.AppSource holds the line: com.example.deploy.Shop
 * }</pre>
 */
@FunctionalInterface
public interface AppSource {

    /** {@return the application, defined afresh on each call} */
    App define();
}
