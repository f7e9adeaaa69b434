package dev.shipshape.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.model.PathType;
import org.junit.jupiter.api.Test;

class PolicyTest {

    @Test
    void unknown_rule_ids_are_rejected_listing_the_known_ones() {
        assertThatThrownBy(() -> Policy.defaults().severity("image.not-pined", Severity.ERROR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown rule id 'image.not-pined'").hasMessageContaining("image.not-pinned");
        assertThatThrownBy(() -> Policy.defaults().off("nope", "why")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_warning_can_be_raised_to_an_error_which_stops_render() {
        Fixture f = new Fixture();
        f.web.replicas(1);
        f.app.policy(Policy.defaults().severity("workload.single-replica", Severity.ERROR));
        assertThat(f.only("workload.single-replica").severity()).isEqualTo(Severity.ERROR);
        assertThatThrownBy(f.app::render).isInstanceOf(InvalidAppException.class);
    }

    @Test
    void an_error_can_be_lowered_to_a_warning_which_renders() {
        Fixture f = new Fixture();
        f.ingress.route("/api", f.web, PathType.PREFIX);
        f.app.policy(Policy.defaults().severity("ingress.path-order", Severity.WARNING));
        assertThat(f.app.render().warnings()).extracting(Violation::rule).containsExactly("ingress.path-order");
    }

    @Test
    void a_rule_switched_off_keeps_its_reason_as_an_annotation() {
        Fixture f = new Fixture();
        f.web.replicas(1);
        f.app.policy(Policy.defaults().off("workload.single-replica", "batch admin UI, downtime is fine"));
        assertThat(f.violations()).isEmpty();
        String yaml = f.app.render().toYaml();
        assertThat(yaml).contains("shipshape.dev/waived.workload.single-replica: \"batch admin UI, downtime is fine\"");
        assertThatThrownBy(() -> Policy.defaults().off("workload.single-replica", " ")).hasMessageContaining("needs a reason");
        Policy back = Policy.defaults().off("workload.single-replica", "x").severity("workload.single-replica", Severity.WARNING);
        assertThat(back.waived()).isEmpty();
    }

    @Test
    void strict_makes_every_rule_an_error_and_policies_are_values() {
        for (Rule r : Rules.all()) {
            // information (what could not be checked) stays information
            assertThat(Policy.strict().severityOf(r)).contains(r.defaultSeverity() == Severity.INFO ? Severity.INFO : Severity.ERROR);
            assertThat(Policy.defaults().severityOf(r)).contains(r.defaultSeverity());
        }
        assertThat(Policy.strict().allowRegistries("a")).isEqualTo(Policy.strict().allowRegistries("a"));
        assertThatThrownBy(() -> Policy.defaults().allowRegistries()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void policies_are_values() {
        assertThat(Policy.defaults()).isEqualTo(Policy.defaults()).hasSameHashCodeAs(Policy.defaults())
                .isNotEqualTo(Policy.strict()).isNotEqualTo("defaults");
        assertThat(Policy.defaults().isStrict()).isFalse();
        assertThat(Policy.strict().isStrict()).isTrue();
        Policy a = Policy.defaults().severity("workload.single-replica", Severity.ERROR);
        assertThat(a).isEqualTo(Policy.defaults().severity("workload.single-replica", Severity.ERROR))
                .isNotEqualTo(Policy.defaults());
        assertThat(Policy.defaults().off("workload.single-replica", "one pod is fine here"))
                .isNotEqualTo(Policy.defaults()).isNotEqualTo(a);
        assertThat(Policy.defaults().allowRegistries("ghcr.io/acme")).isNotEqualTo(Policy.defaults())
                .isEqualTo(Policy.defaults().allowRegistries("ghcr.io/acme"));
        assertThat(Policy.strict().off("workload.single-replica", "demo").allowRegistries("ghcr.io").toString())
                .startsWith("Policy[strict=true, severities=").contains("waived=[workload.single-replica]")
                .endsWith("allowedRegistries=[ghcr.io], kubernetesVersion=" + Policy.kubernetesVersions().get(Policy.kubernetesVersions().size() - 1) + "]");
    }
}
