package dev.shipshape.internal.rules;

import dev.shipshape.internal.graph.StoreNames;
import dev.shipshape.internal.objects.Place;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ComponentKind;
import dev.shipshape.model.ConfigSpec;
import dev.shipshape.model.ContainerSpec;
import dev.shipshape.model.EnvSource;
import dev.shipshape.model.EnvVarSpec;
import dev.shipshape.model.Exposure;
import dev.shipshape.model.PortSpec;
import dev.shipshape.model.WorkloadSpec;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code reference.untyped}: a literal value that names one of the app's own Services, where a typed endpoint belongs.
 * The graph cannot see a call written as text, so the NetworkPolicies derived from it would block it. Forms:
 * {@code name} as the whole value, {@code name:port}, {@code name.ns}, {@code name.ns.svc},
 * {@code name.ns.svc.cluster.local} (the app's namespace), a store pod's {@code name-0.name}, each also inside a URL
 * ({@code http://name/…}); and the text a {@code Host} or {@code Endpoint} turns into when concatenated
 * ({@code String.valueOf}, {@code +}). Names of Services outside the app are not its business.
 */
final class ReferenceUntyped extends BaseRule {

    /** What {@code Host.toString()}, {@code Endpoint.toString()} and {@code Template.toString()} write. */
    private static final List<String> STRINGIFIED = List.of(" (endpoint of ", " (primary of ", " (read Service of ", "Template[");

    ReferenceUntyped() {
        super(RuleDeclaration.error("reference.untyped",
                "a literal value (env var, config entry, command or argument) naming one of the app's own Services — "
                + "`name`, `name:port`, `name.ns`, `name.ns.svc[.cluster.local]`, a store pod's `name-0.name`, also "
                + "inside a URL — or a `Host` or `Endpoint` turned into text by `+` or `String.valueOf`: the graph "
                + "cannot see the call, so the NetworkPolicies block it",
                "use the typed endpoint the fix names (`catalog.endpoint(\"grpc\")`), or `Template.of(…)` around it"));
    }

    @Override
    public void register(Registry registry) {
        registry.model(this::check);
    }

    /** A Service of the app a literal may name: the component behind it and how to call it typed. */
    private record Named(WorkloadSpec workload, String how) {
    }

    private void check(AppSpec app, CheckContext ctx, Findings findings) {
        Map<String, Named> services = new HashMap<>();
        Set<String> stores = new HashSet<>();
        for (WorkloadSpec w : app.workloads()) {
            switch (w.kind()) {
                case WEB_SERVICE, STATIC_SITE -> {
                    services.putIfAbsent(w.name(), new Named(w, "endpoint"));
                    w.pod().exposure().ifPresent(e -> services.putIfAbsent(Exposure.serviceName(w.name()), new Named(w, "endpoint")));
                }
                case STATEFUL_STORE -> {
                    services.putIfAbsent(w.name(), new Named(w, "primaryEndpoint"));
                    stores.add(w.name());
                    if (w.readService()) {
                        services.putIfAbsent(StoreNames.readService(w.name()), new Named(w, "readEndpoint"));
                    }
                }
                case WORKER, JOB, CRON_JOB, CONFIG, SECRET, INGRESS -> { }
            }
        }
        if (services.isEmpty()) {
            return;
        }
        Scanner scanner = new Scanner(services, stores, app.namespace());
        for (WorkloadSpec w : app.workloads()) {
            for (ContainerSpec c : w.containers()) {
                Place container = Uses.container(w, c);
                for (EnvVarSpec e : c.env()) {
                    if (e.source() instanceof EnvSource.Literal l) {
                        scanner.scan(l.value(), container.child("env:" + e.name()), "env var " + e.name(), findings);
                    }
                }
                Set<String> typed = new HashSet<>();
                c.addresses().forEach(u -> typed.add(u.where()));
                literals(c.command(), "command", typed, container, scanner, findings);
                literals(c.args(), "args", typed, container, scanner, findings);
            }
        }
        for (ConfigSpec config : app.configs()) {
            Set<String> typed = new HashSet<>();
            config.addresses().forEach(u -> typed.add(u.where()));
            config.data().forEach((key, value) -> {
                if (!typed.contains("entry:" + key)) {
                    scanner.scan(value, Place.of(config.id()).child("entry:" + key), "config entry " + key, findings);
                }
            });
        }
    }

    private static void literals(List<String> values, String what, Set<String> typed, Place container, Scanner scanner,
                                 Findings findings) {
        for (int i = 0; i < values.size(); i++) {
            if (!typed.contains(what + ":" + i)) {
                scanner.scan(values.get(i), container.child(what + ":" + i), what + " element " + i, findings);
            }
        }
    }

    /** Finds the app's Service names in a literal. */
    private record Scanner(Map<String, Named> services, Set<String> stores, Optional<String> namespace) {

        void scan(String value, Place at, String what, Findings findings) {
            for (String marker : STRINGIFIED) {
                if (value.contains(marker)) {
                    findings.report(at, what + " holds a Host, an Endpoint or a Template turned into text (" + marker.trim()
                                    + "…), by + or String.valueOf: the value is its debugging form, not an address, and the"
                                    + " graph cannot see the call.",
                            "pass the handle itself: .env(name, endpoint), or Template.of(\"…\", endpoint, \"…\") to build text"
                                    + " around it.");
                    return;
                }
            }
            for (LiteralAddresses.Candidate c : LiteralAddresses.of(value)) {
                Optional<Named> named = match(c.host(), c.bare());
                if (named.isPresent()) {
                    findings.report(at, what + " names " + named.get().workload().kind().pathSegment() + " '"
                                    + named.get().workload().name() + "' of this app as text ('" + c.text()
                                    + "'): the graph cannot see the call, so the NetworkPolicies block it.",
                            fix(named.get(), c.port(), c.inUrl() || !c.whole()));
                    return;
                }
            }
        }

        /**
         * The Service {@code host} names: {@code name} (only where {@code bare} says it stands alone: the whole value,
         * with a port, or in a URL), {@code name.ns[.svc[.cluster.local]]} in the app's namespace, or a store pod's
         * {@code name-N.name[…]}.
         */
        private Optional<Named> match(String host, boolean bare) {
            String[] labels = host.split("\\.", -1);
            String first = labels[0];
            int rest = 1;
            if (labels.length >= 2 && stores.contains(labels[1]) && first.startsWith(labels[1] + "-")
                    && first.substring(labels[1].length() + 1).chars().allMatch(Character::isDigit)
                    && first.length() > labels[1].length() + 1) {
                first = labels[1];
                rest = 2;
            }
            Named named = services.get(first);
            if (named == null) {
                return Optional.empty();
            }
            int suffix = labels.length - rest;
            if (suffix == 0) {
                return bare || rest == 2 ? Optional.of(named) : Optional.empty();
            }
            if (namespace.isEmpty() || !labels[rest].equals(namespace.get())) {
                return Optional.empty();
            }
            String tail = String.join(".", java.util.Arrays.copyOfRange(labels, rest + 1, labels.length));
            return tail.isEmpty() || tail.equals("svc") || tail.equals("svc.cluster.local") ? Optional.of(named) : Optional.empty();
        }

        /** The typed endpoint to write instead: the port named by the number given, else {@code http}, else the first. */
        private static String fix(Named named, String port, boolean inText) {
            WorkloadSpec w = named.workload();
            Optional<PortSpec> p = Optional.empty();
            if (!port.isEmpty()) {
                int n = Integer.parseInt(port);
                p = w.ports().stream().filter(x -> x.servicePort() == n || x.number() == n).findFirst();
            }
            if (p.isEmpty()) {
                p = w.port("http").or(() -> w.ports().stream().findFirst());
            }
            String endpoint = p.map(x -> w.name() + "." + named.how() + "(\"" + x.name() + "\")")
                    .orElse(w.kind() == ComponentKind.STATEFUL_STORE ? w.name() + ".primaryHost()" : w.name() + ".endpoint(…)");
            return inText ? "write the text with Template.of(…, " + endpoint + ", …) so the call is an edge of the graph."
                    : "use " + endpoint + ", a typed endpoint the NetworkPolicies let through.";
        }
    }
}
