package dev.shipshape.internal.check;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Place;
import dev.shipshape.internal.objects.Unread;
import dev.shipshape.internal.rules.Catalog;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.CheckedRule;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Index;
import dev.shipshape.internal.validation.PodNode;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.Subject;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ComponentId;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Rule;
import dev.shipshape.validation.Rules;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs every rule of the catalog that the policy leaves on. One walk: the model checks once, then for every object
 * its object checks, for every pod its pod checks, for every container its container checks, then the checks over
 * all objects. A violation is dropped when the place it is in waives its rule (the component's waiver, or the
 * object's {@code shipshape.dev/waived.<id>} annotation); one that only a customization's edit brings about says
 * so. Not API.
 *
 * <pre>{@code
 * List<Violation> all = Validator.validate(subject, Policy.defaults());
 * }</pre>
 */
public final class Validator {

    private Validator() {
    }

    /** Every violation of {@code subject} under {@code policy}, in {@link Violation#ORDER}. Never throws for bad input. */
    public static List<Violation> validate(Subject subject, Policy policy) {
        Set<String> before = new HashSet<>();
        subject.uncustomized().ifPresent(items -> {
            List<Violation> plain = new ArrayList<>();
            walk(subject.app(), items, subject.known(), List.of(), policy, false, Set.of(), plain);
            for (Violation v : plain) {
                before.add(key(v.rule(), v.path(), v.message()));
            }
        });
        List<Violation> out = new ArrayList<>();
        walk(subject.app(), subject.items(), subject.known(), subject.unreadable(), policy, true, before, out);
        out.sort(Violation.ORDER);
        return List.copyOf(out);
    }

    private static void walk(Optional<AppSpec> app, List<Item> items, List<Item> known, List<Unread> unreadable,
                             Policy policy, boolean withModel, Set<String> before, List<Violation> out) {
        CheckContext ctx = new CheckContext(policy.allowedRegistries(), app, new Index(items, known),
                policy.kubernetesVersion(), unreadable);
        // the table is built per walk (42 registrations of a few small objects each), so nothing computed once per JVM
        // can carry one run's state (or, under the mutation profile, one mutant's) over to the next
        Table.Active active = new Table(Catalog.rules()).activate(policy, ctx, before, out);
        if (withModel && app.isPresent()) {
            for (Table.Entry<Registry.ModelCheck> e : active.model) {
                e.check.check(app.get(), ctx, e.findings);
            }
        }
        for (Item item : ctx.index().items()) {
            for (Table.Entry<Registry.ObjectCheck> e : active.objects.getOrDefault(item.kind(), List.of())) {
                e.check.check(item, ctx, e.findings);
            }
        }
        for (PodNode pod : ctx.index().pods()) {
            for (Table.Entry<Registry.PodCheck> e : active.pods) {
                e.check.check(pod, ctx, e.findings);
            }
            if (!active.containers.isEmpty()) {
                for (ContainerNode c : pod.containers()) {
                    for (Table.Entry<Registry.ContainerCheck> e : active.containers) {
                        e.check.check(c, ctx, e.findings);
                    }
                }
            }
        }
        for (Table.Entry<Registry.GraphCheck> e : active.graph) {
            e.check.check(ctx, e.findings);
        }
    }

    /** The catalog rule {@code r} is, as users see it (its id, default severity, summary and fix). */
    private static Rule rule(CheckedRule r) {
        return Rules.byId(r.declaration().id()).orElseThrow();
    }

    private static String key(String rule, String path, String message) {
        return rule + '\0' + path + '\0' + message;
    }

    /** The checks every rule registered; activated per validation with the policy's severities. */
    private static final class Table {

        record Registered<C>(CheckedRule rule, C check) {
        }

        record Entry<C>(C check, Findings findings) {
        }

        private final List<Registered<Registry.ModelCheck>> model = new ArrayList<>();
        private final List<Registered<Registry.ObjectCheck>> objects = new ArrayList<>();
        private final List<String> objectKinds = new ArrayList<>();
        private final List<Registered<Registry.PodCheck>> pods = new ArrayList<>();
        private final List<Registered<Registry.ContainerCheck>> containers = new ArrayList<>();
        private final List<Registered<Registry.GraphCheck>> graph = new ArrayList<>();

        Table(List<CheckedRule> rules) {
            for (CheckedRule rule : rules) {
                rule.register(new Registry() {
                    @Override
                    public void model(ModelCheck check) {
                        model.add(new Registered<>(rule, check));
                    }

                    @Override
                    public void object(String kind, ObjectCheck check) {
                        objects.add(new Registered<>(rule, check));
                        objectKinds.add(kind);
                    }

                    @Override
                    public void pod(PodCheck check) {
                        pods.add(new Registered<>(rule, check));
                    }

                    @Override
                    public void container(ContainerCheck check) {
                        containers.add(new Registered<>(rule, check));
                    }

                    @Override
                    public void graph(GraphCheck check) {
                        graph.add(new Registered<>(rule, check));
                    }
                });
            }
        }

        /** The checks of the rules {@code policy} leaves on, each with the findings of its rule. */
        static final class Active {
            final List<Entry<Registry.ModelCheck>> model = new ArrayList<>();
            final Map<String, List<Entry<Registry.ObjectCheck>>> objects = new java.util.HashMap<>();
            final List<Entry<Registry.PodCheck>> pods = new ArrayList<>();
            final List<Entry<Registry.ContainerCheck>> containers = new ArrayList<>();
            final List<Entry<Registry.GraphCheck>> graph = new ArrayList<>();
        }

        Active activate(Policy policy, CheckContext ctx, Set<String> before, List<Violation> out) {
            Map<CheckedRule, Optional<Findings>> findings = new java.util.IdentityHashMap<>();
            java.util.function.Function<CheckedRule, Optional<Findings>> of = rule -> findings.computeIfAbsent(rule,
                    r -> policy.severityOf(rule(r)).map(s -> new Collector(r.declaration().id(), s, ctx, before, out)));
            Active a = new Active();
            for (Registered<Registry.ModelCheck> r : model) {
                of.apply(r.rule()).ifPresent(f -> a.model.add(new Entry<>(r.check(), f)));
            }
            for (int i = 0; i < objects.size(); i++) {
                Registered<Registry.ObjectCheck> r = objects.get(i);
                String kind = objectKinds.get(i);
                of.apply(r.rule()).ifPresent(f -> a.objects.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Entry<>(r.check(), f)));
            }
            for (Registered<Registry.PodCheck> r : pods) {
                of.apply(r.rule()).ifPresent(f -> a.pods.add(new Entry<>(r.check(), f)));
            }
            for (Registered<Registry.ContainerCheck> r : containers) {
                of.apply(r.rule()).ifPresent(f -> a.containers.add(new Entry<>(r.check(), f)));
            }
            for (Registered<Registry.GraphCheck> r : graph) {
                of.apply(r.rule()).ifPresent(f -> a.graph.add(new Entry<>(r.check(), f)));
            }
            return a;
        }
    }

    /** The findings of one rule: applies waivers and marks what a customization introduced. */
    private record Collector(String rule, Severity severity, CheckContext ctx, Set<String> before, List<Violation> out)
            implements Findings {

        @Override
        public void report(Place place, String message, String fix) {
            if (place.item().map(i -> i.waives(rule)).orElse(false)) {
                return;
            }
            Optional<ComponentId> component = place.component();
            if (component.isPresent() && ctx.app().map(a -> a.waived(component.get(), rule)).orElse(false)) {
                return;
            }
            String text = message;
            Optional<String> customization = place.item().flatMap(Item::customizedBy);
            if (customization.isPresent() && !before.contains(key(rule, place.path(), message))) {
                text = message + " (introduced by " + customization.get() + ")";
            }
            out.add(new Violation(rule, severity, place.path(), text, fix));
        }
    }
}
