package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Ingress;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.WebService;
import dev.shipshape.model.PathType;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The tests of {@link IngressPathOrder}: where it fires, where it does not, and what it says. */
class IngressPathOrderTest {

    record Route(String path, PathType type) {
    }

    private static List<Violation> check(String rule, List<Route> routes) {
        App app = Shipshape.app("journal");
        WebService web = app.webService("web", "my-repo/web:v1").port("http", 8080);
        Ingress ingress = app.ingress("web").host("journal.example.com");
        for (Route r : routes) {
            ingress.route(r.path(), web, r.type());
        }
        return app.validate().stream().filter(v -> v.rule().equals(rule)).toList();
    }

    private static List<Violation> order(String... prefixPaths) {
        List<Route> routes = new ArrayList<>();
        for (String p : prefixPaths) {
            routes.add(new Route(p, PathType.PREFIX));
        }
        return check("ingress.path-order", routes);
    }

    @Test
    void accepts_most_specific_first() {
        assertThat(order("/api", "/")).isEmpty();
        assertThat(order("/api/v1", "/api", "/static", "/")).isEmpty();
    }

    @Test
    void rejects_root_before_api_naming_the_route_and_the_fix() {
        List<Violation> v = order("/", "/api");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("journal/ingress:web/host:journal.example.com/route:/");
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).isEqualTo("route '/' (Prefix, position 1) also matches the later route '/api' (Prefix,"
                    + " position 2); a controller that routes by order would never reach it.");
            assertThat(x.fix()).isEqualTo("put the more specific route first: move '/api' above '/'.");
        });
    }

    @Test
    void prefix_match_is_element_wise() {
        assertThat(order("/api", "/apis")).isEmpty();
        assertThat(order("/api", "/api/v1")).hasSize(1);
        assertThat(order("/api/", "/api/v1")).hasSize(1);
    }

    @Test
    void exact_covers_nothing_else_but_a_prefix_covers_an_exact_of_the_same_path() {
        assertThat(check("ingress.path-order", List.of(new Route("/api", PathType.EXACT), new Route("/api", PathType.PREFIX)))).isEmpty();
        assertThat(check("ingress.path-order", List.of(new Route("/api", PathType.EXACT), new Route("/api/v1", PathType.PREFIX)))).isEmpty();
        assertThat(check("ingress.path-order", List.of(new Route("/api", PathType.PREFIX), new Route("/api", PathType.EXACT)))).hasSize(1);
    }

    @Test
    void one_violation_per_shadowing_route_listing_what_it_shadows() {
        List<Violation> v = order("/", "/a", "/b", "/c", "/d");
        assertThat(v).singleElement().extracting(Violation::message).asString()
                .contains("'/a' (Prefix, position 2), '/b' (Prefix, position 3), '/c' (Prefix, position 4) and 1 more");
    }

    @Test
    void hosts_are_checked_separately() {
        App app = Shipshape.app("journal");
        WebService web = app.webService("web", "my-repo/web:v1").port("http", 8080);
        app.ingress("web").host("a.example.com").route("/", web).host("b.example.com").route("/api", web);
        assertThat(app.validate()).noneMatch(v -> v.rule().equals("ingress.path-order"));
    }

    @Test
    void duplicate_paths_are_reported_on_the_repeat() {
        List<Violation> v = check("ingress.duplicate-path", List.of(new Route("/api", PathType.PREFIX), new Route("/api/", PathType.PREFIX)));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("journal/ingress:web/host:journal.example.com/route:/api/");
            assertThat(x.message()).contains("repeats '/api' (position 1) on host journal.example.com");
        });
        assertThat(check("ingress.duplicate-path", List.of(new Route("/api", PathType.PREFIX), new Route("/api", PathType.EXACT)))).isEmpty();
        assertThat(check("ingress.path-order", List.of(new Route("/api", PathType.PREFIX), new Route("/api", PathType.PREFIX)))).isEmpty();
    }

    private static List<String> elements(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Does Prefix route {@code a} match every request {@code b} matches, so that it shadows {@code b} when first? */
    private static boolean covers(Route a, Route b) {
        if (a.type() == PathType.EXACT) {
            return false; // an exact route only shadows an identical one: that is ingress.duplicate-path
        }
        List<String> pa = elements(a.path());
        List<String> pb = elements(b.path());
        boolean prefix = pb.size() >= pa.size() && pb.subList(0, pa.size()).equals(pa);
        boolean duplicate = pa.equals(pb) && b.type() == PathType.PREFIX;
        return prefix && !duplicate;
    }

    /** A repeated Prefix path is reported once, on its first occurrence (later ones are duplicates). */
    private static boolean firstOfItsKind(List<Route> routes, int i) {
        for (int k = 0; k < i; k++) {
            if (routes.get(k).type() == PathType.PREFIX && routes.get(i).type() == PathType.PREFIX
                    && elements(routes.get(k).path()).equals(elements(routes.get(i).path()))) {
                return false;
            }
        }
        return true;
    }

    @Provide
    Arbitrary<List<Route>> routeLists() {
        Arbitrary<String> segment = Arbitraries.of("a", "b", "api", "apis", "v1");
        Arbitrary<String> path = segment.list().ofMaxSize(3).map(s -> "/" + String.join("/", s))
                .flatMap(p -> Arbitraries.of(p, p.equals("/") ? p : p + "/"));
        Arbitrary<Route> route = Combinators.combine(path, Arbitraries.of(PathType.class)).as(Route::new);
        return route.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 1000)
    void agrees_with_a_brute_force_pairwise_matcher(@ForAll("routeLists") List<Route> routes) {
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < routes.size(); i++) {
            for (int j = i + 1; j < routes.size(); j++) {
                if (covers(routes.get(i), routes.get(j)) && firstOfItsKind(routes, i)) {
                    expected.add("journal/ingress:web/host:journal.example.com/route:" + routes.get(i).path());
                }
            }
        }
        Set<String> actual = new TreeSet<>();
        for (Violation v : check("ingress.path-order", routes)) {
            actual.add(v.path());
        }
        assertThat(actual).isEqualTo(expected);
    }
}
