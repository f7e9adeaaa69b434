package dev.shipshape.dsl;

/**
 * The entry point: every application starts here. Meant for static import.
 *
 * <pre>{@code
 * import static dev.shipshape.dsl.Shipshape.app;
 *
 * App journal = app("journal").namespace("journal");
 * WebService frontend = journal.webService("frontend", "my-repo/journal-server:v1.0.1")
 *         .port("http", 8080);
 * Manifests manifests = journal.render();
 * }</pre>
 */
public final class Shipshape {

    private Shipshape() {
    }

    /**
     * Starts an application called {@code name}; its name becomes the {@code app.kubernetes.io/part-of}
     * label of every object.
     *
     * @param name the name
     * @return the app
     * @throws IllegalArgumentException if the name is not a DNS-1123 label
     */
    public static App app(String name) {
        return new App(name);
    }
}
