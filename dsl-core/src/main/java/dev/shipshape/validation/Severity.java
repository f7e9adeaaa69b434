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
    WARNING,
    /**
     * Said for information, never a problem: what could not be checked ({@code api.unchecked}, a custom resource
     * whose definition is not among the inputs). Not in {@code Manifests.warnings()}; {@link Policy#strict()} leaves it
     * as it is.
     */
    INFO
}
