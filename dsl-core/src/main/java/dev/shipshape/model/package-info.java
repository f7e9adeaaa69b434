/**
 * <b>API (read-only).</b> The frozen application model {@code App.model()} returns: immutable records and sealed
 * interfaces ({@link dev.shipshape.model.AppSpec}, {@link dev.shipshape.model.WorkloadSpec}, …) in which components
 * refer to each other by id, never by name; and the small values the builders take ({@link dev.shipshape.model.Resources},
 * {@link dev.shipshape.model.Probe}, {@link dev.shipshape.model.Autoscaling}).
 *
 * <pre>{@code
 * AppSpec spec = app.model();
 * spec.workloads().forEach(w -> System.out.println(w.id().path() + " " + w.image()));
 * }</pre>
 *
 * <p><b>Nulls:</b> none in or out; absent values are {@link java.util.Optional}, collections are never null.
 * <b>Threads:</b> every type is immutable and safe to share between threads.
 */
package dev.shipshape.model;
