package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Place;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.PodNode;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.ConfigSpec;
import dev.shipshape.model.GatewayRouteSpec;
import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.SecretSpec;
import dev.shipshape.model.WorkloadSpec;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code name.duplicate}: two objects of one kind, namespace and name (one would overwrite the other when applied),
 * two components of one kind and name in an app, or two parts of one object with one name where the API server or the
 * controller keeps only one: containers of a pod (init containers included), volumes of a pod, ports of a container,
 * ports of a Service, claim templates of a StatefulSet, a claim template and a pod volume (the StatefulSet controller
 * replaces the volume with the claim), a key in both {@code data} and {@code binaryData} of a ConfigMap. Each place is
 * reported once.
 */
final class NameDuplicate extends BaseRule {

    NameDuplicate() {
        super(RuleDeclaration.error("name.duplicate",
                "two objects of one kind and name (a web service `db-read` next to the store `db`, whose "
                + "read Service is `db-read`), two components of one kind and name, or two parts of one "
                + "object with one name: containers of a pod, volumes of a pod, ports of a container or a "
                + "Service, claim templates of a StatefulSet (or a claim template named like a pod volume, "
                + "which the controller replaces), a key in both `data` and `binaryData`",
                "rename one"));
    }

    @Override
    public void register(Registry registry) {
        registry.graph(this::check);
        registry.pod(this::pod);
        registry.object("Service", this::servicePorts);
        registry.object("ConfigMap", this::configKeys);
    }

    private void pod(PodNode pod, CheckContext ctx, Findings findings) {
        Map<String, ContainerNode> containers = new HashMap<>();
        for (ContainerNode c : pod.containers()) {
            ContainerNode first = containers.putIfAbsent(c.name(), c);
            if (first != null) {
                findings.report(c.place(), "two containers of " + pod.item().ref() + " are named '" + c.name()
                        + "'; the API server refuses it.", "give each container its own name.");
            }
            Set<String> ports = new HashSet<>();
            for (ContainerPort p : c.ports()) {
                if (p.getName() != null && !p.getName().isEmpty() && !ports.add(p.getName())) {
                    findings.report(c.place().child("port:" + p.getName()), c.describe() + " has two ports named '"
                            + p.getName() + "'; the API server refuses it.", "give each port its own name.");
                }
            }
        }
        Set<String> volumes = new HashSet<>();
        for (Volume v : pod.volumes()) {
            if (v.getName() != null && !volumes.add(v.getName())) {
                findings.report(pod.place().child("volume:" + v.getName()), "two volumes of " + pod.item().ref()
                        + " are named '" + v.getName() + "'; the API server refuses it.", "give each volume its own name.");
            }
        }
        if (pod.item().object() instanceof StatefulSet set && set.getSpec() != null && set.getSpec().getVolumeClaimTemplates() != null) {
            Set<String> claims = new HashSet<>();
            for (PersistentVolumeClaim claim : set.getSpec().getVolumeClaimTemplates()) {
                String name = claim.getMetadata() == null ? null : claim.getMetadata().getName();
                if (name == null) {
                    continue;
                }
                if (!claims.add(name)) {
                    findings.report(pod.place().child("volume:" + name), "two volume claim templates of " + pod.item().ref()
                                    + " are named '" + name + "'; each pod would get one claim for both.",
                            pod.item().isRendered() ? "give each .volume(…) its own name." : "give each claim template its own name.");
                } else if (volumes.contains(name)) {
                    findings.report(pod.place().child("volume:" + name), "volume claim template '" + name + "' of "
                                    + pod.item().ref() + " has the name of a pod volume; the StatefulSet controller replaces that"
                                    + " volume with the claim.", "give the claim template or the volume another name.");
                }
            }
        }
    }

    private void servicePorts(Item service, CheckContext ctx, Findings findings) {
        Set<String> names = new HashSet<>();
        for (ServicePort p : Services.ports(service)) {
            if (p.getName() != null && !p.getName().isEmpty() && !names.add(p.getName())) {
                findings.report(service.place().child("port:" + p.getName()), "Service " + service.name()
                        + " has two ports named '" + p.getName() + "'; the API server refuses it.", "give each port its own name.");
            }
        }
    }

    private void configKeys(Item item, CheckContext ctx, Findings findings) {
        if (item.object() instanceof ConfigMap cm && cm.getData() != null && cm.getBinaryData() != null) {
            for (String key : new TreeSet<>(cm.getData().keySet())) {
                if (cm.getBinaryData().containsKey(key)) {
                    findings.report(item.place().child("key:" + key), "key '" + key + "' of ConfigMap " + item.name()
                            + " is in both data and binaryData; the API server refuses it.", "keep the key in one of them.");
                }
            }
        }
    }

    private void check(CheckContext ctx, Findings findings) {
        Set<String> reported = new HashSet<>();
        ctx.app().ifPresent(app -> components(app, findings, reported));
        Map<String, Item> seen = new HashMap<>();
        for (Item item : ctx.index().items()) {
            if (item.name().isEmpty()) {
                continue; // named by the API server (generateName): two never clash
            }
            Item first = seen.putIfAbsent(item.kind() + '\0' + item.namespace() + '\0' + item.name(), item);
            if (first != null && reported.add(item.place().path())) {
                findings.report(item.place(),
                        item.kind() + " '" + item.name() + "' is already defined by " + first.place().path()
                                + "; one would overwrite the other when applied.",
                        "give one of them another name.");
            }
        }
    }

    /** Two components of one kind with one name, even those that render nothing (external Secrets). */
    private static void components(AppSpec app, Findings findings, Set<String> reported) {
        Map<String, ComponentId> seen = new HashMap<>();
        List<ComponentId> ids = new ArrayList<>();
        for (WorkloadSpec w : app.workloads()) {
            ids.add(w.id());
        }
        for (ConfigSpec c : app.configs()) {
            ids.add(c.id());
        }
        for (SecretSpec s : app.secrets()) {
            ids.add(s.id());
        }
        for (IngressSpec i : app.ingresses()) {
            ids.add(i.id());
        }
        for (GatewayRouteSpec r : app.gatewayRoutes()) {
            ids.add(r.id());
        }
        for (ComponentId id : ids) {
            ComponentId first = seen.putIfAbsent(id.kind() + "\0" + id.name(), id);
            if (first != null && reported.add(id.path())) {
                findings.report(Place.of(id), "a " + id.kind().pathSegment() + " named '" + id.name() + "' is already defined by "
                        + first.path() + "; one would overwrite the other when applied.", "give one of them another name.");
            }
        }
    }
}
