package dev.shipshape.dsl;

import dev.shipshape.model.ConfigSpec;
import dev.shipshape.model.SecretSpec;
import java.util.IdentityHashMap;
import java.util.Map;

/** Freezes builders once per snapshot, so every reference to a Config or Secret shares one frozen value. */
final class Freezer {

    private final Map<Config, ConfigSpec> configs = new IdentityHashMap<>();
    private final Map<SecretRef, SecretSpec> secrets = new IdentityHashMap<>();

    ConfigSpec config(Config config) {
        return configs.computeIfAbsent(config, Config::freeze);
    }

    SecretSpec secret(SecretRef secret) {
        return secrets.computeIfAbsent(secret, SecretRef::freeze);
    }
}
