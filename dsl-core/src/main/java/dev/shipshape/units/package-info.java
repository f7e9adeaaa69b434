/**
 * <b>API.</b> Value types instead of strings and doubles: {@link dev.shipshape.units.Cpu},
 * {@link dev.shipshape.units.Memory}, {@link dev.shipshape.units.Storage} (the Kubernetes quantity syntax, exact
 * arithmetic), {@link dev.shipshape.units.Image} (the distribution reference grammar) and the name rules of
 * {@link dev.shipshape.units.Names} (apimachinery's {@code pkg/util/validation}).
 *
 * <pre>{@code
 * Cpu.parse("500m").equals(Cpu.cores(0.5));   // true: exact
 * Memory.parse("500m");                       // IllegalArgumentException: half a byte; did you mean 500Mi?
 * }</pre>
 *
 * <p>A bad single value is rejected at once with an {@link java.lang.IllegalArgumentException} that names the value
 * and the rule. <b>Nulls:</b> none in or out. <b>Threads:</b> immutable, safe to share.
 */
package dev.shipshape.units;
