package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Place;
import dev.shipshape.internal.objects.Raw;
import dev.shipshape.internal.yaml.Serialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The matches of an HTTPRoute or GRPCRoute, normalized as the Gateway API compares them, for the rules that find a
 * match that can never win ({@code route.shadowed}) or two routes claiming one ({@code route.conflict}). From
 * {@code apis/v1/httproute_types.go} and {@code grpcroute_types.go} of kubernetes-sigs/gateway-api v1.6.1:
 * <ul>
 *   <li>a rule without matches matches every request (HTTP: a {@code PathPrefix} of {@code /});</li>
 *   <li>the path type defaults to {@code PathPrefix} and the value to {@code /}; a {@code PathPrefix}'s trailing
 *       {@code /} is ignored ({@code /api} and {@code /api/} are one match); an {@code Exact} path is compared as is;</li>
 *   <li>header names match case-insensitively, their values exactly; query parameter names and values exactly; a
 *       header or query match's type defaults to {@code Exact}; the order of header and query matches does not
 *       matter;</li>
 *   <li>a GRPCRoute method match's type defaults to {@code Exact}; an unset service or method matches all.</li>
 * </ul>
 * Two matches with the same key match the same requests with the same precedence, so the Gateway API's tie-breakers
 * decide: within a route the first rule, across routes the oldest route, then {@code {namespace}/{name}}. Not API.
 *
 * @param route  the route object
 * @param tree   its content as a tree
 * @param parents the normalized parent references ({@code Gateway gateway.networking.k8s.io infra/public #https :443})
 * @param hosts  the hostnames, lower case; {@code [*]} when none are given (every host of the parent)
 * @param matches every match, in rule order
 */
record RouteMatches(Item route, JsonNode tree, List<String> parents, List<String> hosts, List<Match> matches) {

    /** The kinds whose matches are compared. */
    static final List<String> KINDS = List.of("HTTPRoute", "GRPCRoute");

    /**
     * One match of a rule.
     *
     * @param rule  the rule's index
     * @param index the match's index in the rule, or -1 for a rule without matches
     * @param key   what it matches, normalized: equal keys match the same requests; messages show it
     *              ({@code PathPrefix /api, header x-canary=true})
     */
    record Match(int rule, int index, String key) {

        /** {@return where it is: {@code spec.rules[1].matches[0]}, or {@code spec.rules[1]} for a rule without matches} */
        String field() {
            return "spec.rules[" + rule + "]" + (index < 0 ? "" : ".matches[" + index + "]");
        }
    }

    /** {@return the matches of {@code route}, an HTTPRoute or GRPCRoute} */
    static RouteMatches of(Item route) {
        JsonNode tree = tree(route);
        boolean grpc = route.kind().equals("GRPCRoute");
        String namespace = route.namespace();
        List<String> parents = new ArrayList<>();
        for (JsonNode p : tree.path("spec").path("parentRefs")) {
            parents.add(p.path("kind").asString("Gateway") + " " + p.path("group").asString("gateway.networking.k8s.io")
                    + " " + p.path("namespace").asString(namespace) + "/" + p.path("name").asString("")
                    + (p.has("sectionName") ? " #" + p.path("sectionName").asString("") : "")
                    + (p.has("port") ? " :" + p.path("port").asString("") : ""));
        }
        List<String> hosts = new ArrayList<>();
        for (JsonNode h : tree.path("spec").path("hostnames")) {
            hosts.add(h.asString("").toLowerCase(Locale.ROOT));
        }
        if (hosts.isEmpty()) {
            hosts.add("*");
        }
        List<Match> matches = new ArrayList<>();
        JsonNode rules = tree.path("spec").path("rules");
        for (int r = 0; r < rules.size(); r++) {
            JsonNode ms = rules.get(r).path("matches");
            if (ms.isEmpty()) {
                // no matches: every request (HTTP: the default PathPrefix /, the same as a match written so)
                matches.add(new Match(r, -1, grpc ? "every request" : "PathPrefix /"));
                continue;
            }
            for (int m = 0; m < ms.size(); m++) {
                matches.add(new Match(r, m, grpc ? grpc(ms.get(m)) : http(ms.get(m))));
            }
        }
        return new RouteMatches(route, tree, List.copyOf(parents), List.copyOf(hosts), List.copyOf(matches));
    }

    /** {@return the tree of {@code item}: as read from its file, or serialized for an object built in Java} */
    static JsonNode tree(Item item) {
        return item.raw().map(Raw::tree).orElseGet(() -> Serialization.tree(item.object()));
    }

    private static String http(JsonNode match) {
        JsonNode path = match.path("path");
        String type = path.path("type").asString("PathPrefix");
        String value = path.path("value").asString("/");
        if (type.equals("PathPrefix") && value.length() > 1 && value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        StringBuilder key = new StringBuilder(type).append(' ').append(value);
        if (match.has("method")) {
            key.append(", method ").append(match.path("method").asString(""));
        }
        key.append(pairs(match.path("headers"), "header", true));
        key.append(pairs(match.path("queryParams"), "query", false));
        return key.toString();
    }

    private static String grpc(JsonNode match) {
        JsonNode method = match.path("method");
        StringBuilder key = new StringBuilder();
        if (match.has("method")) {
            key.append(method.path("type").asString("Exact")).append(' ')
                    .append(method.path("service").asString("*")).append('/').append(method.path("method").asString("*"));
        } else {
            key.append("any method");
        }
        key.append(pairs(match.path("headers"), "header", true));
        return key.toString();
    }

    /** Header or query matches, sorted: {@code , header x-canary=true}. */
    private static String pairs(JsonNode list, String what, boolean caseInsensitiveName) {
        TreeSet<String> sorted = new TreeSet<>();
        for (JsonNode h : list) {
            String name = h.path("name").asString("");
            sorted.add((caseInsensitiveName ? name.toLowerCase(Locale.ROOT) : name)
                    + (h.path("type").asString("Exact").equals("Exact") ? "=" : " ~ ") + h.path("value").asString(""));
        }
        StringBuilder b = new StringBuilder();
        for (String s : sorted) {
            b.append(", ").append(what).append(' ').append(s);
        }
        return b.toString();
    }

    /** {@return where {@code m} is, with the line it is on when the route was read from a file} */
    Place place(Match m) {
        return route.place().child(m.field());
    }

    /** {@return {@code "line N: "} for {@code m} in a route read from a file, else nothing} */
    String line(Match m) {
        if (route.raw().isEmpty()) {
            return "";
        }
        JsonNode rule = tree.path("spec").path("rules").path(m.rule());
        JsonNode node = m.index() < 0 ? rule : rule.path("matches").path(m.index());
        return "line " + route.raw().get().line(node) + ": ";
    }
}
