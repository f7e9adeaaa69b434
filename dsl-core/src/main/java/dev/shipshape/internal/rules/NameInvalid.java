package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ComponentKind;
import dev.shipshape.model.ConfigSpec;
import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.units.Names;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.internal.validation.WorkloadRule;

/**
 * {@code name.invalid}: a name that is a valid component name on its own but not for every object it
 * becomes. Component names are DNS-1123 subdomains (checked at once, with {@link IllegalArgumentException});
 * here the context-dependent limits: a workload's name also names its Service (DNS-1035 label: a letter
 * first, at most 63) and its container; a StatefulSet name is at most 52 (its pods get a
 * {@code controller-revision-hash} label {@code <name>-<10 chars>}, at most 63); a ConfigMap's name with its
 * version suffix is at most 253; every name is also the {@code app.kubernetes.io/name} label value (at most 63).
 */
final class NameInvalid extends BaseRule implements WorkloadRule {

    /** The rule id. */
    public static final String ID = "name.invalid";
    /** The longest StatefulSet name. */
    public static final int STATEFUL_SET_MAX = 52;

    /** Creates the rule. */
    NameInvalid() {
        super(ID, Severity.ERROR, "a name invalid for an object it becomes (Service DNS-1035, StatefulSet ≤ 52, versioned ConfigMap ≤ 253, label value ≤ 63)");
    }

    @Override
    public void checkWorkload(AppSpec app, Policy policy, WorkloadSpec w, Findings findings) {
        if (!Names.isDns1035Label(w.name())) {
            findings.report(w.id().path(),
                    "name '" + w.name() + "' also names the Service and the container, which must be a DNS-1035 label:"
                            + " lowercase letters, digits and '-', starting with a letter, at most 63 characters.",
                    "rename it, e.g. '" + suggestion(w.name()) + "'.");
        } else if (w.kind() == ComponentKind.STATEFUL_STORE && w.name().length() > STATEFUL_SET_MAX) {
            findings.report(w.id().path(),
                    "StatefulSet name '" + w.name() + "' has " + w.name().length() + " characters; at most "
                            + STATEFUL_SET_MAX + " leave room for the pods' controller-revision-hash label.",
                    "shorten it to " + STATEFUL_SET_MAX + " characters or fewer.");
        }
    }

    @Override
    public void checkOthers(AppSpec app, Policy policy, Findings findings) {
        for (ConfigSpec c : app.configs()) {
            if (c.renderedNameLength() > Names.SUBDOMAIN_MAX) {
                findings.report(c.id().path(),
                        "the versioned ConfigMap name would have " + c.renderedNameLength() + " characters; at most "
                                + Names.SUBDOMAIN_MAX + " are allowed.",
                        "shorten the config name to " + (Names.SUBDOMAIN_MAX - (c.renderedNameLength() - c.name().length()))
                                + " characters or fewer.");
            }
            labelValue(c.id().path(), c.name(), findings);
        }
        for (IngressSpec i : app.ingresses()) {
            labelValue(i.id().path(), i.name(), findings);
        }
    }

    private static void labelValue(String path, String name, Findings findings) {
        if (!Names.isLabelValue(name)) {
            findings.report(path,
                    "name '" + Names.printable(name) + "' is also the app.kubernetes.io/name label value, which allows at most "
                            + Names.LABEL_MAX + " characters (it has " + name.length() + ").",
                    "shorten it to " + Names.LABEL_MAX + " characters or fewer.");
        }
    }

    private static String suggestion(String name) {
        String s = name.replace('.', '-');
        if (!s.isEmpty() && !Character.isLetter(s.charAt(0))) {
            s = "x-" + s;
        }
        if (s.length() > Names.LABEL_MAX) {
            s = s.substring(0, Names.LABEL_MAX);
        }
        while (s.endsWith("-")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
