package dev.shipshape.internal.rules;

/** YAML of routes and their backends, for the tests of the rules that resolve route backends. */
final class RouteYaml {

    private RouteYaml() {
    }

    /** A Service {@code api} in namespace {@code web} with port 8080 (named http), selecting nothing among the files. */
    static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata: {name: api, namespace: web}
            spec:
              ports: [{name: http, port: 8080, targetPort: 8080}]
            """;

    /** An HTTPRoute {@code shop} in namespace {@code web} with one backend, given as YAML flow mapping content. */
    static String route(String backend) {
        return """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: shop, namespace: web}
                spec:
                  parentRefs: [{name: public, namespace: infra}]
                  rules:
                  - backendRefs:
                    - {%s}
                """.formatted(backend);
    }

    /** A ReferenceGrant in {@code namespace} from HTTPRoutes of {@code from} to Services ({@code to} extra fields). */
    static String grant(String namespace, String fromKind, String from, String to) {
        return """
                apiVersion: gateway.networking.k8s.io/v1beta1
                kind: ReferenceGrant
                metadata: {name: routes, namespace: %s}
                spec:
                  from: [{group: gateway.networking.k8s.io, kind: %s, namespace: %s}]
                  to: [{group: "", kind: Service%s}]
                """.formatted(namespace, fromKind, from, to);
    }
}
