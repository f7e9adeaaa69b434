package dev.shipshape.model;

import dev.shipshape.units.Names;

/**
 * A named container port, also exposed by the component's Service.
 *
 * <pre>{@code
 * new PortSpec("http", 8080);
 * }</pre>
 *
 * @param name   IANA service name, e.g. {@code http}
 * @param number 1-65535
 */
public record PortSpec(String name, int number) {

    /**
     * Checks the parts.
     *
     * @param name IANA service name, e.g. {@code http}
     * @param number 1-65535
     */
    public PortSpec {
        Names.requirePortName(name);
        if (number < 1 || number > 65535) {
            throw new IllegalArgumentException("port '" + name + "' number must be 1-65535, got " + number);
        }
    }
}
