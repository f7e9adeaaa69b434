package dev.shipshape.internal;

import dev.shipshape.internal.check.Checked;
import dev.shipshape.internal.lang.Handoff;
import dev.shipshape.model.AppId;
import dev.shipshape.render.Manifests;

/**
 * Lets Shipshape's own code create the API values that users must not be able to create by hand: an {@link AppId}
 * (only {@code Shipshape.app(…)} makes one) and {@link Manifests} (only {@code App.render()}, after validating). Each
 * API class offers its private constructor to {@link Handoff} in a static initializer; this bridge, at the top of the
 * layers, takes them. Not API.
 *
 * <pre>{@code
 * AppId id = Bridge.newAppId("journal");
 * }</pre>
 */
public final class Bridge {

    private Bridge() {
    }

    /**
     * A new, distinct application identity.
     *
     * @param name the application's name, already checked
     * @return the identity
     */
    public static AppId newAppId(String name) {
        return Handoff.<String, AppId>take(AppId.class).apply(name);
    }

    /**
     * Manifests over an app whose check found no error.
     *
     * @param checked the app, its final objects and its violations
     * @return the manifests
     */
    public static Manifests newManifests(Checked checked) {
        return Handoff.<Checked, Manifests>take(Manifests.class).apply(checked);
    }
}
