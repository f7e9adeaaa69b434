package dev.shipshape.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Image;
import dev.shipshape.units.Memory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the builders refuse at once, each with the message a user reads; and the messages of image references. */
class BuilderRefusalsTest {

    private static final String IMAGE = "my-repo/x:1@sha256:" + "a".repeat(64);

    @TempDir
    Path tmp;

    @Test
    void ports_name_one_port_and_a_number_is_named_once() {
        WebService web = Shipshape.app("shop").webService("web", IMAGE).port("http", 8080);
        assertThatThrownBy(() -> web.port("http", 9090)).hasMessage("shop/webService:web already exposes port 'http' as"
                + " 8080; a port name names one port: give port 9090 another name");
        web.port("admin", 9090, 90);
        assertThatThrownBy(() -> web.port("admin", 9090, 91)).hasMessage("shop/webService:web already exposes port 'admin' as"
                + " 9090 (Service port 90); a port name names one port: give port 9090 another name");
        assertThatThrownBy(() -> web.port("other", 7070, 90)).hasMessage("shop/webService:web already exposes port 90 as"
                + " 'admin'; the API server refuses two Service ports with one number: use that name, or another number");
        assertThat(web.port("admin", 9090, 90)).as("the same port again").isSameAs(web);
    }

    @Test
    void extra_containers_need_names_of_their_own_and_node_selectors_valid_labels() {
        Resources r = Resources.of(Cpu.millis(1), Memory.mebibytes(1));
        WebService web = Shipshape.app("shop").webService("web", IMAGE).sidecar("proxy", IMAGE, c -> c.resources(r));
        assertThatThrownBy(() -> web.sidecar("web", IMAGE, c -> { })).hasMessage("shop/webService:web already has a container"
                + " named 'web'; the API server refuses two containers of one name in a pod: give it another name");
        assertThatThrownBy(() -> web.initContainer("proxy", IMAGE, c -> { })).hasMessageStartingWith(
                "shop/webService:web already has a container named 'proxy'");
        assertThatThrownBy(() -> web.nodeSelector("disk type", "ssd")).hasMessage("node selector disk type=ssd is not a valid"
                + " label (e.g. 'disktype=ssd')");
        assertThatThrownBy(() -> web.nodeSelector("disktype", "-ssd")).hasMessage("node selector disktype=-ssd is not a valid"
                + " label (e.g. 'disktype=ssd')");
        assertThat(web.nodeSelector("disktype", "ssd")).isSameAs(web);
    }

    @Test
    void including_a_file_chains() throws Exception {
        Path file = Files.writeString(tmp.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n");
        App app = Shipshape.app("shop");
        assertThat(app.include(file)).isSameAs(app);
    }

    @Test
    void image_references_are_refused_with_what_is_wrong() {
        assertThatThrownBy(() -> Image.parse("")).hasMessage("image reference must not be empty (e.g. 'redis:7.2.4-alpine')");
        assertThatThrownBy(() -> Image.parse(null)).hasMessage("image reference must not be empty (e.g. 'redis:7.2.4-alpine')");
        String digest = "sha256:" + "a".repeat(64);
        assertThatThrownBy(() -> Image.parse("@" + digest)).hasMessage("invalid image reference '@" + digest + "': repository ''"
                + " must be lowercase path components of letters and digits separated by '.', '_', '__' or '-' and joined by '/'");
        assertThatThrownBy(() -> Image.parse("/nginx")).hasMessageStartingWith("invalid image reference '/nginx': repository");
        assertThatThrownBy(() -> Image.parse("Acme/web:1")).hasMessage("invalid image reference 'Acme/web:1': repository"
                + " 'Acme/web' must be lowercase (container runtimes would read 'Acme' as a registry host: name a registry with"
                + " its domain, e.g. 'registry.example.com/web')");
        assertThatThrownBy(() -> Image.parse("Nginx")).hasMessage("invalid image reference 'Nginx': repository 'Nginx' must be"
                + " lowercase");
        assertThatThrownBy(() -> Image.parse("ng!nx")).hasMessage("invalid image reference 'ng!nx': repository 'ng!nx' must be"
                + " lowercase path components of letters and digits separated by '.', '_', '__' or '-' and joined by '/'");
        assertThat(Image.parse("nginx@" + digest).toString()).isEqualTo("nginx@" + digest);
    }
}
