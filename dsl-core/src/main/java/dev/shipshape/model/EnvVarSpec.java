package dev.shipshape.model;

import java.util.Objects;

/**
 * An environment variable of a workload's container.
 *
 * @param name   a valid env var name
 * @param source where the value comes from
 */
public record EnvVarSpec(String name, EnvSource source) {
    public EnvVarSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }
}
