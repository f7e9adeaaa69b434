package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import java.util.List;
import java.util.Locale;

/**
 * An environment variable of a workload's container.
 *
 * <pre>{@code
 * EnvVarSpec e = app.model().workloads().get(0).env().get(0);
 * e.looksSecret();    // true for DB_PASSWORD
 * }</pre>
 *
 * @param name   a valid env var name
 * @param source where the value comes from
 */
public record EnvVarSpec(String name, EnvSource source) {

    private static final List<String> SECRET_MARKERS = List.of("PASSWORD", "PASSWD", "TOKEN", "SECRET", "API_KEY", "APIKEY",
            "PRIVATE_KEY", "ACCESS_KEY", "CREDENTIAL");

    /**
     * Rejects null parts.
     *
     * @param name a valid env var name
     * @param source where the value comes from
     */
    public EnvVarSpec {
        Args.notNull(name, "name");
        Args.notNull(source, "source");
    }

    /**
     * {@return whether the name says the variable holds a secret ({@code PASSWORD}, {@code PASSWD}, {@code TOKEN}, {@code SECRET}, {@code API_KEY}, {@code PRIVATE_KEY}, {@code ACCESS_KEY}, {@code CREDENTIAL}, in any case, with {@code -} or {@code .} for {@code _})}
     */
    public boolean looksSecret() {
        return looksSecret(name);
    }

    /**
     * Whether an environment variable called {@code name} would hold a secret, by the markers of
     * {@link #looksSecret()}.
     *
     * @param name an env var name
     * @return whether it says secret
     */
    public static boolean looksSecret(String name) {
        String upper = Args.notNull(name, "env var name").toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
        for (String marker : SECRET_MARKERS) {
            if (upper.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** Redacts the literal value of a variable whose name says secret. */
    @Override
    public String toString() {
        boolean redact = source instanceof EnvSource.Literal && looksSecret();
        return "EnvVarSpec[name=" + name + ", source=" + (redact ? "Literal[value redacted]" : source) + "]";
    }
}
