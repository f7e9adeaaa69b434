package dev.shipshape.dsl;

import dev.shipshape.internal.graph.Addresses;
import dev.shipshape.model.Address;
import dev.shipshape.model.ConfigSpec;
import dev.shipshape.model.SecretSpec;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Freezes builders once per snapshot, so every reference to a Config or Secret shares one frozen value, and writes
 * typed addresses as the app renders them (the app's namespace is known by now).
 */
final class Freezer {

    /** Text written from literals and typed addresses, and the addresses it used. */
    record Text(String value, List<Address> addresses) {
    }

    private final Optional<String> namespace;
    private final Map<Config, ConfigSpec> configs = new IdentityHashMap<>();
    private final Map<SecretRef, SecretSpec> secrets = new IdentityHashMap<>();

    Freezer(Optional<String> namespace) {
        this.namespace = namespace;
    }

    ConfigSpec config(Config config) {
        return configs.computeIfAbsent(config, c -> c.freeze(this));
    }

    SecretSpec secret(SecretRef secret) {
        return secrets.computeIfAbsent(secret, SecretRef::freeze);
    }

    /** {@code value} — a String, a Host, an Endpoint or a Template — written out, with the addresses it used. */
    Text text(Object value) {
        if (value instanceof String s) {
            return new Text(s, List.of());
        }
        List<Object> parts = value instanceof Template t ? t.parts() : List.of(value);
        StringBuilder b = new StringBuilder();
        List<Address> used = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof String s) {
                b.append(s);
            } else {
                Address a = p instanceof Host h ? h.freeze() : ((Endpoint) p).freeze();
                b.append(Addresses.render(a, namespace));
                used.add(a);
            }
        }
        return new Text(b.toString(), used);
    }
}
