package dev.shipshape.render;

import dev.shipshape.dsl.App;

/** Gives tests in other packages the sample app of {@link RenderTest}. */
public final class RenderTestSupport {

    private RenderTestSupport() {
    }

    /** A fresh sample app. */
    public static App sample() {
        return RenderTest.sample();
    }
}
