package dev.shipshape.validation;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.internal.schema.KubernetesSchemas;
import dev.shipshape.units.Image;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which rules apply and how seriously, and which registries images may come from. Immutable: every method
 * returns a new policy.
 *
 * <pre>{@code
 * app.policy(Policy.strict()
 *         .allowRegistries("my-repo", "docker.io")
 *         .severity("image.not-pinned", Severity.WARNING)
 *         .off("probe.readiness-missing", "batch endpoint, checked by the job runner"));
 * }</pre>
 *
 * <p>{@link #defaults()} uses each rule's default severity and allows every registry. {@link #strict()}
 * makes every rule an error. A rule switched {@link #off(String, String) off} keeps its reason: it is
 * written as an annotation on the rendered objects, so a reviewer sees what was waived and why. Rule ids
 * are checked at once: an unknown id is an {@link IllegalArgumentException}, never silently ignored.
 */
public final class Policy {

    private static final Policy DEFAULTS = new Policy(false, Map.of(), Map.of(), List.of(), KubernetesSchemas.newest());

    private final boolean strict;
    private final SortedMap<String, Severity> severities;
    private final SortedMap<String, String> waived;
    private final List<String> allowedRegistries;
    private final String kubernetesVersion;

    private Policy(boolean strict, Map<String, Severity> severities, Map<String, String> waived, List<String> allowedRegistries,
                   String kubernetesVersion) {
        this.strict = strict;
        this.kubernetesVersion = kubernetesVersion;
        this.severities = Collections.unmodifiableSortedMap(new TreeMap<>(severities));
        this.waived = Collections.unmodifiableSortedMap(new TreeMap<>(waived));
        this.allowedRegistries = Args.list(allowedRegistries, "allowedRegistries");
    }

    /** {@return every rule at its default severity, every registry allowed} */
    public static Policy defaults() {
        return DEFAULTS;
    }

    /** {@return every rule an error (so warnings such as {@code image.not-pinned} stop rendering too)} */
    public static Policy strict() {
        return new Policy(true, Map.of(), Map.of(), List.of(), KubernetesSchemas.newest());
    }

    /**
     * {@return this policy with rule {@code ruleId} at {@code severity} (and switched back on if it was off)}
     *
     * @param ruleId the rule id, e.g. {@code probe.readiness-missing}
     * @param severity {@code ERROR} or {@code WARNING}
     * @throws IllegalArgumentException if no rule has that id
     */
    public Policy severity(String ruleId, Severity severity) {
        Args.notNull(severity, "severity");
        Map<String, Severity> s = new TreeMap<>(severities);
        s.put(Rules.requireKnown(ruleId), severity);
        Map<String, String> w = new TreeMap<>(waived);
        w.remove(ruleId);
        return new Policy(strict, s, w, allowedRegistries, kubernetesVersion);
    }

    /**
     * {@return this policy with rule {@code ruleId} switched off for the reason given; the reason is kept in the rendered output as the annotation {@code shipshape.dev/waived.<ruleId>}}
     *
     * @param ruleId the rule id, e.g. {@code probe.readiness-missing}
     * @param reason why the rule does not apply
     * @throws IllegalArgumentException if no rule has that id or the reason is blank
     */
    public Policy off(String ruleId, String reason) {
        Rules.requireKnown(ruleId);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("waiving rule '" + ruleId + "' needs a reason, e.g. (\"" + ruleId
                    + "\", \"why this does not apply here\")");
        }
        Map<String, String> w = new TreeMap<>(waived);
        w.put(ruleId, reason);
        Map<String, Severity> s = new TreeMap<>(severities);
        s.remove(ruleId);
        return new Policy(strict, s, w, allowedRegistries, kubernetesVersion);
    }

    /**
     * This policy allowing images only from {@code registries} (hosts like {@code docker.io} or path prefixes
     * like {@code my-repo} or {@code ghcr.io/acme}); the rule {@code image.untrusted-registry} reports others. Names
     * are compared as the container runtime normalizes them ({@link Image#isFrom(String)}): {@code docker.io} also
     * allows {@code nginx}, and {@code library/nginx} allows {@code index.docker.io/library/nginx}.
     *
     * @param registries hosts ({@code docker.io}) or path prefixes ({@code ghcr.io/acme}), at least one
     * @return a copy of this policy with the allowed registries
     * @throws IllegalArgumentException if none is given, or one is neither a registry host nor a repository path
     */
    public Policy allowRegistries(String... registries) {
        if (registries == null || registries.length == 0) {
            throw new IllegalArgumentException("allowRegistries needs at least one registry, e.g. allowRegistries(\"docker.io\")");
        }
        for (String r : registries) {
            Image.sourcePrefixes(r);
        }
        return new Policy(strict, severities, waived, Arrays.asList(registries), kubernetesVersion);
    }

    /**
     * {@return the severity {@code rule} has under this policy, or empty when it is switched off}
     *
     * @param rule the rule id
     */
    public Optional<Severity> severityOf(Rule rule) {
        if (waived.containsKey(Args.notNull(rule, "rule").id())) {
            return Optional.empty();
        }
        Severity explicit = severities.get(rule.id());
        if (explicit != null) {
            return Optional.of(explicit);
        }
        return Optional.of(strict && rule.defaultSeverity() != Severity.INFO ? Severity.ERROR : rule.defaultSeverity());
    }

    /**
     * This policy checking objects against the API of Kubernetes {@code version}: the fields, types, required fields
     * and enumerations of its built-in kinds, and which API versions it serves ({@code api.*} rules). The default is
     * the newest release Shipshape ships the schemas of; {@link #kubernetesVersions()} lists them.
     *
     * <pre>{@code
     * Shipshape.check(Policy.defaults().kubernetesVersion("1.32"), Path.of("k8s"));
     * }</pre>
     *
     * @param version a release such as {@code 1.32}
     * @return a copy of this policy for that release
     * @throws IllegalArgumentException if Shipshape has no schemas of that release, naming those it has
     */
    public Policy kubernetesVersion(String version) {
        Args.notNull(version, "version");
        KubernetesSchemas.of(version);
        return new Policy(strict, severities, waived, allowedRegistries, version);
    }

    /** {@return the Kubernetes release the objects are checked against, e.g. {@code 1.36}} */
    public String kubernetesVersion() {
        return kubernetesVersion;
    }

    /** {@return the Kubernetes releases Shipshape has the schemas of, oldest first; the last is the default} */
    public static List<String> kubernetesVersions() {
        return KubernetesSchemas.VERSIONS;
    }

    /** {@return the registries images may come from; empty means any} */
    public List<String> allowedRegistries() {
        return allowedRegistries;
    }

    /** {@return the rules switched off, with their reasons, sorted by id} */
    public SortedMap<String, String> waived() {
        return waived;
    }

    /** {@return whether this policy started from {@link #strict()}} */
    public boolean isStrict() {
        return strict;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Policy p && p.strict == strict && p.severities.equals(severities)
                && p.waived.equals(waived) && p.allowedRegistries.equals(allowedRegistries)
                && p.kubernetesVersion.equals(kubernetesVersion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(strict, severities, waived, allowedRegistries, kubernetesVersion);
    }

    @Override
    public String toString() {
        return "Policy[strict=" + strict + ", severities=" + severities + ", waived=" + waived.keySet()
                + ", allowedRegistries=" + allowedRegistries + ", kubernetesVersion=" + kubernetesVersion + "]";
    }
}
