package com.example.deploy;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;

/** Named in the plugin's configuration: <app>com.example.deploy.Shop</app> calls define(). */
public final class Shop {

    private Shop() {
    }

    /** The image tag is a parameter: -Dshop.tag=… (the second build of this sample changes it). */
    public static App define() {
        App app = Shipshape.app("shop");
        app.webService("web", "nginxinc/nginx-unprivileged:" + System.getProperty("shop.tag", "1.27.0"))
                .port("http", 8080)
                .resources(Resources.of(Cpu.millis(50), Memory.mebibytes(64)).limits(Cpu.millis(100), Memory.mebibytes(64)))
                .readinessProbe(Probe.http("/", "http"));
        return app;
    }
}
