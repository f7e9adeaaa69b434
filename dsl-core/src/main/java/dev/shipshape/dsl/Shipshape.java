package dev.shipshape.dsl;

import dev.shipshape.internal.check.FileCheck;
import dev.shipshape.internal.lang.Args;
import dev.shipshape.internal.report.Tool;
import dev.shipshape.model.Address;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Violation;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The entry point: every application starts here. Meant for static import.
 *
 * <pre>{@code
 * import static dev.shipshape.dsl.Shipshape.app;
 *
 * App journal = app("journal").namespace("journal");
 * WebService frontend = journal.webService("frontend", "my-repo/journal-server:v1.0.1")
 *         .port("http", 8080);
 * Manifests manifests = journal.render();
 * }</pre>
 */
public final class Shipshape {

    private Shipshape() {
    }

    /**
     * Starts an application called {@code name}; its name becomes the {@code app.kubernetes.io/part-of}
     * label of every object.
     *
     * @param name a DNS-1123 label, e.g. {@code journal}
     * @return the app
     * @throws IllegalArgumentException if the name is not a DNS-1123 label
     */
    public static App app(String name) {
        return new App(name);
    }

    /**
     * Where to call a Service of another namespace, another team's: {@code Shipshape.serviceIn("payments", "api", 443)}
     * is {@code api.payments.svc:443}. An edge of the graph like any endpoint: the NetworkPolicies let the caller's pods
     * reach the pods of namespace {@code payments} (its {@code kubernetes.io/metadata.name} label) on port 443. That
     * namespace's own policies must admit the call; Shipshape cannot see them.
     *
     * @param namespace the Service's namespace, a DNS-1123 label
     * @param service   the Service's name, a DNS-1035 label
     * @param port      the port the Service serves, which is also the port its pods listen on
     * @return the endpoint
     * @throws IllegalArgumentException if a name is not valid or the port is not 1-65535
     */
    public static Endpoint serviceIn(String namespace, String service, int port) {
        return serviceIn(namespace, service, port, port);
    }

    /**
     * {@link #serviceIn(String, String, int)} for a Service whose pods listen on another port than it serves:
     * {@code Shipshape.serviceIn("payments", "api", 443, 8443)} is {@code api.payments.svc:443}, and the NetworkPolicy
     * allows port 8443 (what a policy sees after the Service's address is translated to a pod's).
     *
     * @param namespace  the Service's namespace, a DNS-1123 label
     * @param service    the Service's name, a DNS-1035 label
     * @param port       the port the Service serves
     * @param targetPort the port its pods listen on
     * @return the endpoint
     * @throws IllegalArgumentException if a name is not valid or a port is not 1-65535
     */
    public static Endpoint serviceIn(String namespace, String service, int port, int targetPort) {
        return Endpoint.in(new Address.OtherNamespace(namespace, service, port, targetPort));
    }

    /**
     * Checks existing manifests — Helm output, kustomize output, hand-written YAML — with the rule catalog, as
     * {@code validate()} checks an app's objects: the object-level checks (requests and limits, images, names, probe
     * ports, ingress paths, references between the objects: ConfigMaps and Secrets, Service selectors and ports,
     * Ingress backends, claims, autoscaler targets, …). Checks of intent that only the DSL knows (a store's volume,
     * a config's version) do not apply. Each violation's path names the file, the line its document starts on, the
     * object and the field: {@code k8s/app.yaml#L12/Deployment:web/container:web/resources/memory}. A ConfigMap,
     * Secret or claim a pod reads that is not among the manifests is a warning ({@code reference.outside-manifests}),
     * not an error: it may be created out of band; so check the manifests of one application together. The way to adopt Shipshape gradually: check what you have, then move it into the DSL
     * one component at a time.
     *
     * <pre>{@code
     * List<Violation> found = Shipshape.check(Path.of("helm-output.yaml"), Path.of("k8s/"));
     * found.stream().filter(Violation::isError).forEach(System.out::println);
     * }</pre>
     *
     * <p>What the API server would refuse is reported too, at the field's path and line, against the schemas of
     * the policy's {@link Policy#kubernetesVersion(String) Kubernetes version}: unknown fields
     * ({@code api.field-unknown}), wrong types ({@code api.field-type}), missing required fields
     * ({@code api.field-required}), values outside an enumeration ({@code api.value-unsupported}), versions a release
     * does not serve ({@code api.kind-unknown}) and the semantic checks of {@code api.invalid}. A custom resource is
     * checked against the {@code openAPIV3Schema} of its CustomResourceDefinition when that is among the inputs, and
     * is otherwise reported as unchecked ({@code api.unchecked}, information). A file or document that cannot be read
     * is an {@code input.unreadable} error at its file and line; everything else is still read and checked.
     *
     * @param manifests files and directories (every .yaml, .yml and .json below, kustomization.yaml skipped)
     * @return every violation, in {@link Violation#ORDER}
     * @throws IllegalArgumentException if no path is given or one is null
     */
    public static List<Violation> check(Path... manifests) {
        return check(Policy.defaults(), manifests);
    }

    /**
     * {@link #check(Path...)} under a policy (severities, waivers, allowed registries):
     * {@code Shipshape.check(Policy.strict(), Path.of("k8s"))}.
     *
     * @param policy severities, waivers and allowed registries
     * @param manifests files and directories
     * @return every violation, in {@link Violation#ORDER}
     * @throws IllegalArgumentException as {@link #check(Path...)}
     */
    public static List<Violation> check(Policy policy, Path... manifests) {
        Args.notNull(policy, "policy");
        Args.notNull(manifests, "manifests");
        return FileCheck.run(policy, Arrays.asList(manifests)).violations();
    }

    /**
     * {@return the version of Shipshape on the class path, as its build named it: {@code 0.2.0}} Reports and the
     * command line name it: {@code java -jar shipshape-cli.jar --version}.
     *
     * <pre>{@code
     * System.out.println("rendered by Shipshape " + Shipshape.version());
     * }</pre>
     */
    public static String version() {
        return Tool.version();
    }
}
