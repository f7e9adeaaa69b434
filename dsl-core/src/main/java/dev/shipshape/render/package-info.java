/**
 * <b>API.</b> What {@code App.render()} gives: {@link dev.shipshape.render.Manifests} (the objects, as YAML, JSON or a
 * directory {@code kubectl apply -k} accepts), the application's {@link dev.shipshape.render.Topology} and the
 * {@link dev.shipshape.render.RolloutDiff} between two renders.
 *
 * <pre>{@code
 * Manifests m = app.render();
 * m.writeTo(Path.of("target/manifests"));
 * System.out.print(m.diff(previous).describe());
 * }</pre>
 *
 * <p>Output is deterministic: the same application gives byte-identical text. <b>Nulls:</b> none in or out.
 * <b>Threads:</b> immutable, safe to share; {@code writeTo} on one directory from two threads at once is not
 * supported.
 */
package dev.shipshape.render;
