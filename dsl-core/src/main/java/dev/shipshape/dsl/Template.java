package dev.shipshape.dsl;

import dev.shipshape.internal.lang.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * Text built around typed addresses: literals, store hosts and endpoints joined in order, each address written as the
 * app renders it and each one an edge of the app's graph. Accepted wherever an {@link Endpoint} is: env vars, config
 * entries, and elements of the command and the arguments.
 *
 * <pre>{@code
 * checkout.env("REDIS_URL", Template.of("redis://", redis.primaryEndpoint("redis"), "/0"));   // redis://redis-0.redis:6379/0
 * web.env("API_URL", Template.of("http://", api.endpoint("http"), "/v1"));                  // http://api:80/v1
 * worker.args("--db", Template.of("postgres://", db.primaryHost(), ":5432/orders"));
 * }</pre>
 */
public final class Template {

    private final List<Object> parts;

    private Template(List<Object> parts) {
        this.parts = List.copyOf(parts);
    }

    /**
     * Text of {@code parts}, in order: each a {@code String} (written as it is), a {@link Host}, an {@link Endpoint}, or
     * another {@code Template} (its parts in its place).
     *
     * @param parts the literals and addresses, at least one
     * @return the template
     * @throws IllegalArgumentException if there is no part, a part is null, or a part is of another type
     */
    public static Template of(Object... parts) {
        Args.notNull(parts, "template parts");
        if (parts.length == 0) {
            throw new IllegalArgumentException("a template needs at least one part, e.g. Template.of(\"http://\", api.endpoint(\"http\"))");
        }
        List<Object> flat = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            Object p = Args.notNull(parts[i], "template part " + i);
            if (p instanceof Template t) {
                flat.addAll(t.parts);
            } else if (p instanceof String || p instanceof Host || p instanceof Endpoint) {
                flat.add(p);
            } else {
                throw new IllegalArgumentException("template part " + i + " is a " + p.getClass().getName() + "; give a String,"
                        + " a Host, an Endpoint or a Template (write a number as text: \"8080\")");
            }
        }
        return new Template(flat);
    }

    /** The literals, hosts and endpoints, in order. */
    List<Object> parts() {
        return parts;
    }

    /** The text, with each address as it stands for debugging (see {@link Endpoint#toString()}). */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Template[");
        for (Object p : parts) {
            b.append(p instanceof String s ? s : "{" + p + "}");
        }
        return b.append(']').toString();
    }
}
