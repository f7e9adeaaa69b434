package com.example.deploy;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.AppSource;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;

/** Found by the plugin through META-INF/services/dev.shipshape.dsl.AppSource: no configuration. */
public final class Hello implements AppSource {
    @Override
    public App define() {
        App app = Shipshape.app("hello");
        app.webService("hello", "nginxinc/nginx-unprivileged:1.27.0")
                .port("http", 8080)
                .resources(Resources.of(Cpu.millis(50), Memory.mebibytes(64)).limits(Cpu.millis(100), Memory.mebibytes(64)))
                .readinessProbe(Probe.http("/", "http"));
        return app;
    }
}
