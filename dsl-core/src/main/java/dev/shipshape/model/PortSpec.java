package dev.shipshape.model;

import dev.shipshape.units.Names;

/**
 * A named container port, also exposed by the component's Service, on the same number or another.
 *
 * <pre>{@code
 * new PortSpec("http", 8080);        // container and Service port 8080
 * new PortSpec("http", 8080, 80);    // the container listens on 8080 (unprivileged), the Service serves 80
 * }</pre>
 *
 * @param name        IANA service name, e.g. {@code http}
 * @param number      the container port, 1-65535
 * @param servicePort the port the component's Service serves it on, 1-65535
 */
public record PortSpec(String name, int number, int servicePort) {

    /**
     * Checks the parts.
     *
     * @param name IANA service name, e.g. {@code http}
     * @param number the container port, 1-65535
     * @param servicePort the Service port, 1-65535
     */
    public PortSpec {
        Names.requirePortName(name);
        if (number < 1 || number > 65535) {
            throw new IllegalArgumentException("port '" + name + "' number must be 1-65535, got " + number);
        }
        if (servicePort < 1 || servicePort > 65535) {
            throw new IllegalArgumentException("port '" + name + "' Service port must be 1-65535, got " + servicePort);
        }
    }

    /**
     * A port the Service serves on the container's own number.
     *
     * @param name IANA service name
     * @param number the container and Service port
     */
    public PortSpec(String name, int number) {
        this(name, number, number);
    }
}
