package dev.shipshape.internal.rules;

import dev.shipshape.internal.NameSuggestions;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Item;
import dev.shipshape.internal.validation.Pods;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.units.Names;
import dev.shipshape.validation.Severity;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code name.invalid}: a name the API server rejects for what it names (a Service name is a DNS-1035 label, a
 * Namespace name a DNS-1123 label, most object names DNS-1123 subdomains, container names DNS-1123 labels, label
 * keys and values their own syntax), or a StatefulSet name longer than 52 characters, which leaves no room for the
 * pods' controller-revision-hash label. A component's name becomes the names and labels of its objects, so a name
 * valid as a component can still be invalid here.
 */
final class NameInvalid extends BaseRule {

    static final String ID = "name.invalid";
    /** The longest StatefulSet name. */
    static final int STATEFUL_SET_MAX = 52;

    NameInvalid() {
        super(ID, Severity.ERROR, "a name invalid for an object it becomes (Service DNS-1035, StatefulSet ≤ 52, versioned ConfigMap ≤ 253, label value ≤ 63)");
    }

    @Override
    public void register(Registry registry) {
        registry.graph(this::checkObjects);
        registry.container(this::checkContainer);
    }

    private void checkObjects(CheckContext ctx, Findings findings) {
        for (Item item : ctx.index().items()) {
            objectName(item, findings);
            labels(item, item.object().getMetadata(), findings);
            Pods.of(item).ifPresent(pod -> labels(item, pod.metadata(), findings));
        }
    }

    private static void objectName(Item item, Findings findings) {
        String name = item.name();
        String kind = item.kind();
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
                    kind + " name '" + Names.printable(name) + "' (" + name.length() + " characters) must be " + rule + ".",
                    rename(item, suggestion(name, kind.equals("Service"), max)));
        } else if (kind.equals("StatefulSet") && name.length() > STATEFUL_SET_MAX) {
            findings.report(item.place(),
                    "StatefulSet name '" + name + "' has " + name.length() + " characters; at most "
                            + STATEFUL_SET_MAX + " leave room for the pods' controller-revision-hash label.",
                    "shorten it to " + STATEFUL_SET_MAX + " characters or fewer.");
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
    }

    private static String suggestion(String name, boolean letterFirst, int max) {
        return NameSuggestions.label(name, letterFirst, max);
    }
}
