package dev.shipshape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.WebService;
import dev.shipshape.render.Manifests;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Violations;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A secret value given to Shipshape shows up in the rendered Secret and nowhere else. */
class SecretLeakTest {

    private static final String SENTINEL = "S3cr3t-Sentinel-9f2";

    private static App app() {
        App app = Shipshape.app("shop");
        SecretRef dev = app.developmentSecret("dev-creds", Map.of("token", SENTINEL));
        WebService web = app.webService("web", "my-repo/web:1").port("http", 8080).mount(dev, "/etc/dev")
                .env("TOKEN", dev.key("token"))
                .env("DB_PASSWORD", SENTINEL);   // a literal secret: reported, never repeated
        app.ingress("edge").route("/", web);
        return app;
    }

    @Test
    void values_never_appear_in_to_string_violations_or_exceptions() {
        App app = app();
        String everything = app.toString() + app.model() + app.model().secrets() + app.model().workloads()
                + app.validate() + Violations.format(app.validate());
        Throwable thrown = catchThrowable(app::render);
        assertThat(thrown).isNotNull();
        everything += thrown.getMessage() + thrown;
        assertThat(everything).doesNotContain(SENTINEL).contains("values redacted").contains("value redacted");
    }

    @Test
    void the_rendered_secret_carries_the_value_and_warnings_and_summaries_do_not() {
        App app = app();
        app.policy(Policy.defaults().off("secret.literal-value", "test of a development setup"));
        Manifests m = app.render();
        assertThat(m.toYaml()).contains(java.util.Base64.getEncoder().encodeToString(SENTINEL.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(m.toString() + m.warnings() + Violations.format(m.warnings())).doesNotContain(SENTINEL);
        assertThat(m.warnings()).extracting(v -> v.rule()).contains("secret.development-data");
    }

    @Test
    void strict_policy_refuses_development_secrets() {
        App app = app();
        app.policy(Policy.strict().off("secret.literal-value", "isolate the development secret"));
        assertThat(catchThrowable(app::render)).hasMessageContaining("[secret.development-data]").hasMessageNotContaining(SENTINEL);
    }
}
