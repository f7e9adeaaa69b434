package dev.shipshape.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.model.AccessMode;
import dev.shipshape.model.VolumeSpec;
import dev.shipshape.units.Storage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Option setters chain in any order, and a port number is taken once whether as container or as Service port. */
class BuilderChainsTest {

    private static final String IMAGE = "my-repo/x:1@sha256:" + "a".repeat(64);

    @Test
    void volume_options_chain_in_any_order() {
        App app = Shipshape.app("shop");
        app.statefulStore("db", IMAGE).port("pg", 5432)
                .volume("data", "/data", Storage.gibibytes(5), v -> v.accessMode(AccessMode.READ_WRITE_ONCE_POD).storageClass("fast"));
        VolumeSpec volume = app.model().workloads().get(0).volumes().get(0);
        assertThat(volume.accessMode()).isEqualTo(AccessMode.READ_WRITE_ONCE_POD);
        assertThat(volume.storageClass()).isEqualTo(Optional.of("fast"));
    }

    @Test
    void a_container_port_already_taken_under_another_name_is_refused_as_a_service_port_is() {
        App app = Shipshape.app("shop");
        WebService web = app.webService("web", IMAGE).port("http", 8080, 80);
        assertThatThrownBy(() -> web.port("admin", 8080, 81)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already exposes port 8080 as 'http'");
        assertThatThrownBy(() -> web.port("admin", 9090, 80)).hasMessageContaining("already exposes port 80 as 'http'");
        web.port("admin", 9090, 81);
        assertThat(app.model().workloads().get(0).ports()).extracting(p -> p.name() + ":" + p.number() + "->" + p.servicePort())
                .containsExactly("http:8080->80", "admin:9090->81");
    }
}
