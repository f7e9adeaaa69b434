package dev.shipshape.internal.rules;

import dev.shipshape.internal.lang.Memo;
import dev.shipshape.internal.lang.Quantities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Reading a container's requests and limits as exact amounts. */
final class Amounts {

    private Amounts() {
    }

    private static final Memo<Optional<BigDecimal>> PARSED = new Memo<>(4096, text -> {
        try {
            return Optional.of(Quantities.parse("quantity", text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    });

    /** The exact value of {@code q}, or empty if it is not a valid quantity (another rule's business). */
    static Optional<BigDecimal> of(Quantity q) {
        return q == null ? Optional.empty() : PARSED.get(q.toString());
    }

    /** The container's limit of {@code resource}, if set. */
    static Optional<Quantity> limit(Container c, String resource) {
        return get(c.getResources() == null ? null : c.getResources().getLimits(), resource);
    }

    /** The container's explicit request of {@code resource}, if set. */
    static Optional<Quantity> explicitRequest(Container c, String resource) {
        return get(c.getResources() == null ? null : c.getResources().getRequests(), resource);
    }

    /**
     * The request the API server gives the container: the explicit one, else the limit (a limit without a request
     * defaults the request to the limit).
     */
    static Optional<Quantity> request(Container c, String resource) {
        return explicitRequest(c, resource).or(() -> limit(c, resource));
    }

    /** Whether the container states any requests or limits at all. */
    static boolean hasAny(Container c) {
        ResourceRequirements r = c.getResources();
        return r != null && ((r.getRequests() != null && !r.getRequests().isEmpty()) || (r.getLimits() != null && !r.getLimits().isEmpty()));
    }

    private static Optional<Quantity> get(Map<String, Quantity> map, String resource) {
        return map == null ? Optional.empty() : Optional.ofNullable(map.get(resource));
    }

    /** Millicores of a cpu amount, rounded up to a whole millicore. */
    static long millis(BigDecimal cores) {
        return cores.movePointRight(3).setScale(0, java.math.RoundingMode.CEILING).longValueExact();
    }
}
