/**
 * <b>API.</b> The entry point {@link dev.shipshape.dsl.Shipshape} and the builders an application is written with:
 * {@link dev.shipshape.dsl.App} and the components its intent verbs return (web services, stores, static sites,
 * configs, secrets, ingresses), plus the typed handles that connect them ({@link dev.shipshape.dsl.ConfigKey},
 * {@link dev.shipshape.dsl.SecretKey}, {@link dev.shipshape.dsl.Host}), which only the library can create.
 *
 * <pre>{@code
 * App app = Shipshape.app("journal").namespace("journal");
 * WebService web = app.webService("frontend", "my-repo/journal-server:v1.0.1").port("http", 8080);
 * app.ingress("web").host("journal.example.com").route("/", web);
 * Manifests manifests = app.render();
 * }</pre>
 *
 * <p><b>Nulls:</b> no method accepts or returns {@code null}; a {@code null} argument is an
 * {@link java.lang.IllegalArgumentException} naming the parameter. Absent values are {@link java.util.Optional}.
 *
 * <p><b>Threads:</b> builders are mutable and meant for one thread while the application is being defined.
 * {@code App.validate()}, {@code App.render()} and {@code App.model()} take a consistent, frozen snapshot and may run
 * on any thread, also several at once; what they return never changes afterwards.
 */
package dev.shipshape.dsl;
