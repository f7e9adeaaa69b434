package dev.shipshape.internal.rules;

import dev.shipshape.internal.lang.NameSuggestions;
import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.PodNode;
import dev.shipshape.internal.validation.Pods;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import dev.shipshape.units.Names;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code name.invalid}: a name the API server rejects for what it names (a Service name is a DNS-1035 label, a
 * Namespace name a DNS-1123 label, most object names DNS-1123 subdomains, container names DNS-1123 labels, label
 * keys and values their own syntax, container port names IANA service names, Service port names DNS-1123 labels and
 * required when a Service has several, pod volume names DNS-1123 labels, env var names and ConfigMap and Secret keys
 * their own syntax; Role, ClusterRole, RoleBinding and ClusterRoleBinding names are path segments, so
 * {@code system:kube-scheduler} is valid; a {@code generateName} is checked as the prefix it is), or a StatefulSet name longer than 52 characters, which leaves no room for the pods'
 * controller-revision-hash label. A component's name becomes the names and labels of its objects, so a name
 * valid as a component can still be invalid here.
 */
final class NameInvalid extends BaseRule {

    /** The longest StatefulSet name. */
    static final int STATEFUL_SET_MAX = 52;
    /** The longest CronJob name: 63 less the 11 characters of its Jobs' suffix. */
    static final int CRON_JOB_MAX = 52;

    NameInvalid() {
        super(RuleDeclaration.error("name.invalid",
                "a name valid as a component but not for what it becomes: a workload's name also names its "
                + "Service (DNS-1035 label: a letter first, ≤ 63) and container; a StatefulSet and a CronJob "
                + "≤ 52 (room for the revision-hash label, and for the suffix of the Jobs' names); a Job ≤ 63 "
                + "(its pods' `job-name` label); a versioned ConfigMap name ≤ 253; every name is a label "
                + "value (≤ 63). In objects you include or customize it also checks container and Service "
                + "port names, pod volume names, env var names and ConfigMap and Secret keys, and that a "
                + "Service with several ports names each. Plain syntax in the DSL (DNS-1123 names, port names "
                + "≤ 15, env var names, ConfigMap keys, label keys/values, namespaces) is checked at once "
                + "with `IllegalArgumentException`",
                "rename as suggested"));
    }

    @Override
    public void register(Registry registry) {
        registry.graph(this::checkObjects);
        registry.container(this::checkContainer);
        registry.pod(this::checkVolumes);
        registry.object("Service", this::checkServicePorts);
        registry.object("ConfigMap", this::checkKeys);
        registry.object("Secret", this::checkKeys);
    }

    private void checkVolumes(PodNode pod, CheckContext ctx, Findings findings) {
        for (Volume v : pod.volumes()) {
            String name = v.getName() == null ? "" : v.getName();
            if (!Names.isDns1123Label(name)) {
                findings.report(pod.place().child("volume:" + Names.printable(name)), "volume name '" + Names.printable(name)
                                + "' must be a DNS-1123 label: lowercase letters, digits and '-', starting and ending"
                                + " alphanumeric, at most 63 characters.",
                        "rename the volume, e.g. '" + suggestion(name, false, Names.LABEL_MAX) + "', and its mounts.");
            }
        }
    }

    private void checkServicePorts(Item service, CheckContext ctx, Findings findings) {
        List<ServicePort> ports = Services.ports(service);
        for (ServicePort p : ports) {
            String name = p.getName() == null ? "" : p.getName();
            if (name.isEmpty() && ports.size() > 1) {
                findings.report(service.place().child("port:" + p.getPort()), "port " + p.getPort() + " of Service "
                                + service.name() + " has no name; the API server requires one when a Service has several ports.",
                        "name the port, e.g. 'http'.");
            } else if (!name.isEmpty() && !Names.isDns1123Label(name)) {
                findings.report(service.place().child("port:" + Names.printable(name)), "Service port name '"
                                + Names.printable(name) + "' must be a DNS-1123 label: lowercase letters, digits and '-',"
                                + " starting and ending alphanumeric, at most 63 characters.",
                        "rename the port, e.g. '" + suggestion(name, false, Names.LABEL_MAX) + "'.");
            }
        }
    }

    private void checkKeys(Item item, CheckContext ctx, Findings findings) {
        Set<String> keys = new TreeSet<>();
        if (item.object() instanceof ConfigMap cm) {
            keys.addAll(cm.getData() == null ? Set.of() : cm.getData().keySet());
            keys.addAll(cm.getBinaryData() == null ? Set.of() : cm.getBinaryData().keySet());
        } else if (item.object() instanceof Secret secret) {
            keys.addAll(secret.getData() == null ? Set.of() : secret.getData().keySet());
            keys.addAll(secret.getStringData() == null ? Set.of() : secret.getStringData().keySet());
        }
        for (String key : keys) {
            if (!Names.isConfigKey(key)) {
                findings.report(item.place().child("key:" + Names.printable(key)), item.kind() + " key '" + Names.printable(key)
                                + "' is not valid: letters, digits, '-', '_' and '.', at most 253 characters, not '.' and not"
                                + " starting with '..'.",
                        "rename the key, e.g. '" + suggestion(key, false, Names.LABEL_MAX) + "'.");
            }
        }
    }

    private void checkObjects(CheckContext ctx, Findings findings) {
        for (Item item : ctx.index().items()) {
            objectName(item, findings);
            labels(item, item.object().getMetadata(), findings);
            Pods.of(item).ifPresent(pod -> labels(item, pod.metadata(), findings));
        }
    }

    /** The kinds whose names are path segments (apimachinery's {@code ValidateRBACName}: {@code path.IsValidPathSegmentName}). */
    private static final Set<String> PATH_SEGMENT_NAMED = Set.of("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding");

    private static void objectName(Item item, Findings findings) {
        String kind = item.kind();
        String name = item.name();
        boolean generated = name.isEmpty() && !item.generateName().isEmpty();
        if (name.isEmpty() && !generated) {
            findings.report(item.place(), kind + " has neither metadata.name nor metadata.generateName; the API server"
                    + " requires one.", "name it.");
            return;
        }
        if (generated) {
            // ValidateObjectMeta checks a generateName as a prefix: a trailing '-' is masked (maskTrailingDash)
            String prefix = item.generateName();
            name = prefix.length() > 1 && prefix.endsWith("-") ? prefix.substring(0, prefix.length() - 1) + "a" : prefix;
        }
        if (PATH_SEGMENT_NAMED.contains(kind)) {
            if (name.equals(".") || name.equals("..") || name.contains("/") || name.contains("%")) {
                findings.report(item.place(), kind + " name '" + Names.printable(name) + "' must be a path segment:"
                        + " not '.' or '..', and without '/' or '%'.", rename(item, NameSuggestions.label(name, false,
                        Names.SUBDOMAIN_MAX)));
            }
            return;
        }
        String field = generated ? "generateName '" + Names.printable(item.generateName()) + "'" : "name '"
                + Names.printable(name) + "'";
        String rule;
        boolean valid;
        int max;
        switch (kind) {
            case "Service" -> {
                valid = Names.isDns1035Label(name);
                rule = "a DNS-1035 label: lowercase letters, digits and '-', starting with a letter, at most 63 characters";
                max = Names.LABEL_MAX;
            }
            case "Namespace" -> {
                valid = Names.isDns1123Label(name);
                rule = "a DNS-1123 label: lowercase letters, digits and '-', starting and ending alphanumeric, at most 63 characters";
                max = Names.LABEL_MAX;
            }
            default -> {
                valid = Names.isDns1123Subdomain(name);
                rule = "a DNS-1123 subdomain: lowercase letters, digits, '-' and '.', at most 253 characters";
                max = Names.SUBDOMAIN_MAX;
            }
        }
        if (!valid) {
            findings.report(item.place(),
                    kind + " " + field + " (" + name.length() + " characters) must be " + rule
                            + (generated ? " (less the 5 characters the API server appends)" : "") + ".",
                    rename(item, suggestion(name, kind.equals("Service"), max)));
        } else if (generated) {
            return; // the lengths below count the generated suffix, which is not known yet
        } else if (kind.equals("StatefulSet") && name.length() > STATEFUL_SET_MAX) {
            findings.report(item.place(),
                    "StatefulSet name '" + name + "' has " + name.length() + " characters; at most "
                            + STATEFUL_SET_MAX + " leave room for the pods' controller-revision-hash label.",
                    "shorten it to " + STATEFUL_SET_MAX + " characters or fewer.");
        } else if (kind.equals("CronJob") && name.length() > CRON_JOB_MAX) {
            findings.report(item.place(), "CronJob name '" + name + "' has " + name.length() + " characters; at most "
                            + CRON_JOB_MAX + " leave room for the 11-character suffix of its Jobs' names (the API server refuses it).",
                    "shorten it to " + CRON_JOB_MAX + " characters or fewer.");
        } else if (kind.equals("Job") && name.length() > Names.LABEL_MAX) {
            findings.report(item.place(), "Job name '" + name + "' has " + name.length() + " characters; at most "
                            + Names.LABEL_MAX + ", as it is also the value of its pods' job-name label (the API server refuses it).",
                    "shorten it to " + Names.LABEL_MAX + " characters or fewer.");
        }
    }

    /** How to rename: the component (whose name the object carries, maybe with a suffix) or the object itself. */
    private static String rename(Item item, String suggestion) {
        if (item.component().isPresent()) {
            var id = item.component().get();
            String component = id.name();
            int extra = item.name().length() - component.length();
            if (extra > 0 && item.name().startsWith(component)) {
                return "shorten the " + id.kind().pathSegment() + " name by " + (item.name().length() - suggestion.length())
                        + " characters or more (the rendered name adds " + extra + " to it).";
            }
            return "rename the " + id.kind().pathSegment() + ", e.g. '" + suggestion + "'.";
        }
        return "rename it, e.g. '" + suggestion + "'.";
    }

    private static void labels(Item item, ObjectMeta meta, Findings findings) {
        if (meta == null || meta.getLabels() == null) {
            return;
        }
        for (Map.Entry<String, String> e : new TreeMap<>(meta.getLabels()).entrySet()) {
            String key = e.getKey();
            String value = e.getValue() == null ? "" : e.getValue();
            if (!Names.isLabelKey(key)) {
                findings.report(item.place().child("labels"),
                        "label key '" + Names.printable(key) + "' is not valid: an optional DNS-1123 subdomain prefix and '/',"
                                + " then at most 63 of letters, digits, '-', '_' and '.' starting and ending alphanumeric.",
                        "rename the label, e.g. 'example.com/" + suggestion(key, false, Names.LABEL_MAX) + "'.");
            } else if (!Names.isLabelValue(value)) {
                findings.report(item.place().child("labels"),
                        "label " + key + " has the value '" + Names.printable(value) + "' (" + value.length()
                                + " characters), which is not a valid label value: at most 63 of letters, digits, '-', '_'"
                                + " and '.' starting and ending alphanumeric.",
                        item.isRendered() && key.startsWith("app.kubernetes.io/")
                                ? "the value is the component's name: shorten it to " + Names.LABEL_MAX + " characters or fewer."
                                : "shorten or rewrite the value, e.g. '" + suggestion(value, false, Names.LABEL_MAX) + "'.");
            }
        }
    }

    private void checkContainer(ContainerNode c, CheckContext ctx, Findings findings) {
        String name = c.container().getName() == null ? "" : c.container().getName();
        if (!Names.isDns1123Label(name)) {
            findings.report(c.place(),
                    "container name '" + Names.printable(name) + "' must be a DNS-1123 label: lowercase letters, digits and"
                            + " '-', starting and ending alphanumeric, at most 63 characters.",
                    rename(c.pod().item(), suggestion(name, false, Names.LABEL_MAX)));
        }
        for (ContainerPort p : c.ports()) {
            if (p.getName() != null && !p.getName().isEmpty() && !Names.isPortName(p.getName())) {
                findings.report(c.place().child("port:" + Names.printable(p.getName())), "port name '"
                                + Names.printable(p.getName()) + "' is not a valid IANA service name: at most 15 lowercase"
                                + " letters, digits and '-', with at least one letter and no leading, trailing or double '-'.",
                        "rename the port, e.g. 'http'.");
            }
        }
        for (EnvVar e : c.container().getEnv() == null ? List.<EnvVar>of() : c.container().getEnv()) {
            String env = e.getName() == null ? "" : e.getName();
            if (!Names.isEnvVarName(env)) {
                findings.report(c.place().child("env:" + Names.printable(env)), "env var name '" + Names.printable(env)
                                + "' is not valid: letters, digits, '_', '-' and '.', not starting with a digit, not '.' and"
                                + " not starting with '..'.",
                        "rename it, e.g. 'APP_SETTING'.");
            }
        }
    }

    private static String suggestion(String name, boolean letterFirst, int max) {
        return NameSuggestions.label(name, letterFirst, max);
    }
}
