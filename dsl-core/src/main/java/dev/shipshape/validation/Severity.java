package dev.shipshape.validation;

/**
 * How serious a violation is. Errors stop {@code render()}; warnings come back with the manifests.
 *
 * <pre>{@code
 * Policy.defaults().severity("image.not-pinned", Severity.ERROR);
 * }</pre>
 */
public enum Severity {
    /** Stops {@code render()} with an {@link InvalidAppException}. */
    ERROR,
    /** Reported in {@code Manifests.warnings()}; rendering goes on. */
    WARNING
}
