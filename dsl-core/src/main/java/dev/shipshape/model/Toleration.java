package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.units.Names;
import java.util.List;
import java.util.Optional;

/**
 * A toleration of a node taint, so the pods may run on nodes that carry it.
 *
 * <pre>{@code
 * worker.toleration(Toleration.equal("dedicated", "batch", Toleration.NO_SCHEDULE));
 * worker.toleration(Toleration.exists("gpu"));   // any value, any effect
 * }</pre>
 *
 * @param key    the taint key (a qualified name)
 * @param value  the value it must equal; empty: any value ({@code operator: Exists})
 * @param effect the effect tolerated; empty: every effect
 */
public record Toleration(String key, Optional<String> value, Optional<String> effect) {

    /** The taint effect that keeps new pods off the node. */
    public static final String NO_SCHEDULE = "NoSchedule";
    /** The taint effect that makes the scheduler avoid the node. */
    public static final String PREFER_NO_SCHEDULE = "PreferNoSchedule";
    /** The taint effect that also evicts running pods. */
    public static final String NO_EXECUTE = "NoExecute";
    private static final List<String> EFFECTS = List.of(NO_SCHEDULE, PREFER_NO_SCHEDULE, NO_EXECUTE);

    /**
     * Checks the parts as the API server does ({@code validateTolerations}).
     *
     * @param key the taint key (a qualified name)
     * @param value the value it must equal; empty: any value ({@code operator: Exists})
     * @param effect the effect tolerated; empty: every effect
     * @throws IllegalArgumentException if the key is not a qualified name, the value not a label value, or the effect
     *         not one of {@code NoSchedule}, {@code PreferNoSchedule}, {@code NoExecute}
     */
    public Toleration {
        Args.notNull(key, "toleration key");
        if (!Names.isLabelKey(key)) {
            throw new IllegalArgumentException("toleration key '" + Names.printable(key) + "' is not a qualified name"
                    + " (e.g. 'dedicated' or 'example.com/gpu')");
        }
        Args.notNull(value, "toleration value");
        value.ifPresent(v -> {
            if (!Names.isLabelValue(v)) {
                throw new IllegalArgumentException("toleration value '" + Names.printable(v) + "' is not a valid label value");
            }
        });
        Args.notNull(effect, "toleration effect");
        effect.ifPresent(e -> {
            if (!EFFECTS.contains(e)) {
                throw new IllegalArgumentException("toleration effect '" + Names.printable(e) + "' must be one of " + EFFECTS);
            }
        });
    }

    /**
     * Tolerates the taint {@code key=value:effect}.
     *
     * @param key    the taint key
     * @param value  its value
     * @param effect {@link #NO_SCHEDULE}, {@link #PREFER_NO_SCHEDULE} or {@link #NO_EXECUTE}
     * @return the toleration
     */
    public static Toleration equal(String key, String value, String effect) {
        return new Toleration(key, Optional.of(Args.notNull(value, "toleration value")), Optional.of(Args.notNull(effect, "toleration effect")));
    }

    /**
     * Tolerates every taint with this key, whatever its value and effect.
     *
     * @param key the taint key
     * @return the toleration
     */
    public static Toleration exists(String key) {
        return new Toleration(key, Optional.empty(), Optional.empty());
    }
}
