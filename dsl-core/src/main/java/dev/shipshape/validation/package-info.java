/**
 * <b>API.</b> What validation reports and how to steer it: {@link dev.shipshape.validation.Violation} (rule id,
 * severity, path, message, fix), {@link dev.shipshape.validation.Rules} (the fixed catalog),
 * {@link dev.shipshape.validation.Policy} (severities, waivers, allowed registries),
 * {@link dev.shipshape.validation.InvalidAppException} (every violation of a failed {@code render()}).
 *
 * <pre>{@code
 * app.policy(Policy.strict().off("probe.readiness-missing", "health checked by the mesh"));
 * System.out.print(Violations.format(app.validate()));
 * }</pre>
 *
 * <p><b>Nulls:</b> none in or out; a {@code null} argument is an {@link java.lang.IllegalArgumentException}.
 * <b>Threads:</b> every type is immutable and safe to share.
 */
package dev.shipshape.validation;
