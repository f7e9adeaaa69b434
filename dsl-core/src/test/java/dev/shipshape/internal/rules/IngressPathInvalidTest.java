package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.model.PathType;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of {@link IngressPathInvalid}: where it fires, where it does not, and what it says. */
class IngressPathInvalidTest {

    @Test
    void invalid_paths_are_reported_one_each() {
        for (String bad : List.of("api", "/a//b", "/a/./b", "/a/../b", "/a/%2Fb", "/a/.", "/a/..")) {
            Fixture f = new Fixture();
            f.app.ingress("bad").host("bad.example.com").route(bad, f.web, PathType.EXACT);
            Violation v = f.only("ingress.path-invalid");
            assertThat(v.path()).endsWith("/route:" + bad);
            assertThat(v.message()).contains("the API server rejects it");
        }
        // white space: the API server accepts it, Shipshape refuses it and says why
        Fixture space = new Fixture();
        space.app.ingress("bad").host("bad.example.com").route("/a b", space.web, PathType.EXACT);
        Violation v = space.only("ingress.path-invalid");
        assertThat(v.path()).endsWith("/route:/a b");
        assertThat(v.message()).contains("the API server accepts it").contains("would never match")
                .doesNotContain("rejects");
        Fixture ok = new Fixture();
        ok.app.ingress("exact").route("/exact", ok.web, PathType.EXACT);
        assertThat(ok.violations()).isEmpty();
    }
}
