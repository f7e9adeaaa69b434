package dev.shipshape.dsl;

import dev.shipshape.model.ComponentId;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.function.Consumer;

/**
 * What every component of an app has, whatever it renders: an identity, waivers of single rules, typed edits of its
 * rendered objects, and labels and annotations on them. Web services, stores, static sites, workers, jobs, cron jobs,
 * configs, secrets and ingresses are all components.
 *
 * <pre>{@code
 * app.webService("admin", "my-repo/admin:2.1.0")
 *         .label("example.com/team", "ops")
 *         .annotation("example.com/owner", "ops@example.com")
 *         .waive("workload.single-replica", "internal admin UI, a minute of downtime is fine")
 *         .customize(Deployment.class, d -> d.getSpec().getTemplate().getSpec().setPriorityClassName("high"));
 * app.config("feature-flags").unversioned().waive("config.unversioned-name", "read live by the app");
 * }</pre>
 *
 * @param <SELF> the concrete builder, returned by every method so calls chain
 */
public interface Component<SELF extends Component<SELF>> {

    /** {@return the component's identity, e.g. {@code journal/webService:frontend}} */
    ComponentId id();

    /** {@return the component's name, which also names its main object} */
    String name();

    /**
     * Waives rule {@code ruleId} on this component only, for the reason given, like {@code @SuppressWarnings} on one
     * element: its violations here are not reported, and this component's objects (and only those) carry the annotation
     * {@code shipshape.dev/waived.<ruleId>: <reason>}, so reviewers see what was waived and why. {@code Policy.off}
     * waives a rule for the whole app instead.
     *
     * <pre>{@code
     * app.ingress("legacy").waive("ingress.path-order", "the controller matches the longest path first");
     * }</pre>
     *
     * @param ruleId the rule, e.g. {@code probe.readiness-missing}
     * @param reason why it does not apply here
     * @return this builder
     * @throws IllegalArgumentException if no rule has that id or the reason is blank
     */
    SELF waive(String ruleId, String reason);

    /**
     * Edits this component's rendered objects of {@code type} — typed, with fabric8's own classes — for what the DSL
     * does not model. Edits run after rendering, in the order given (a component's before the app's); the final
     * objects are then checked by the same rules, and a violation an edit introduces says which edit it was.
     *
     * <pre>{@code
     * frontend.customize(Deployment.class, d -> d.getSpec().getTemplate().getSpec().setPriorityClassName("high"));
     * }</pre>
     *
     * @param type the fabric8 class of the objects to edit, e.g. {@code Deployment.class} or {@code Service.class}
     * @param edit changes the object in place; runs on a copy, after rendering
     * @param <T>  the type
     * @return this builder
     */
    <T extends HasMetadata> SELF customize(Class<T> type, Consumer<? super T> edit);

    /**
     * Adds a label to this component's rendered objects — a workload's pods too — never to a selector, so it can
     * change without breaking a rollout: {@code .label("example.com/team", "journal")}. (An external secret renders
     * nothing, so its labels land nowhere.)
     *
     * @param key   the label key: an optional DNS subdomain prefix and {@code /}, then a name of at most 63 characters
     * @param value the value, at most 63 characters
     * @return this builder
     * @throws IllegalArgumentException if the key or value is not valid, or the key is one of Shipshape's own
     *         ({@code app.kubernetes.io/name}, {@code …/part-of}, {@code …/component}, {@code …/managed-by})
     */
    SELF label(String key, String value);

    /**
     * Adds an annotation to this component's rendered objects — a workload's pods too:
     * {@code .annotation("example.com/owner", "web")}. Shipshape's own annotations (the waivers) win over one of the
     * same key.
     *
     * @param key   the annotation key: an optional DNS subdomain prefix and {@code /}, then a name
     * @param value any text
     * @return this builder
     * @throws IllegalArgumentException if the key is not valid or is in Shipshape's own {@code shipshape.dev/} prefix
     *         (waive rules with {@link #waive(String, String)})
     */
    SELF annotation(String key, String value);
}
