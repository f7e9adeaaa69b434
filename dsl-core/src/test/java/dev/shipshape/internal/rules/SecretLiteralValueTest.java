package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of {@link SecretLiteralValue}: where it fires, where it does not, and what it says. */
class SecretLiteralValueTest {

    @Test
    void literal_secret_values_are_errors_and_the_value_is_never_repeated() {
        for (String name : List.of("DB_PASSWORD", "redis_passwd", "GITHUB_TOKEN", "CLIENT_SECRET", "STRIPE_API_KEY", "aws.access-key")) {
            Fixture f = new Fixture();
            f.web.env(name, "hunter2-value");
            Violation v = f.only("secret.literal-value");
            assertThat(v.path()).endsWith("/env:" + name);
            assertThat(v.toString()).doesNotContain("hunter2");
            assertThat(v.fix()).isEqualTo("put the value in a Secret and reference it: .env(\"" + name
                    + "\", app.externalSecret(\"…\", \"key\").key(\"key\")).");
        }
        Fixture ok = new Fixture();
        ok.web.env("TOKEN_TTL_NOTE", "").env("PASSWORD_MIN_LENGTH_HINT", "");
        ok.web.env("LOG_LEVEL", "debug");
        assertThat(ok.violations()).isEmpty();
    }

    @Test
    void a_path_to_the_secret_or_an_on_off_flag_about_it_is_not_a_secret() {
        Fixture ok = new Fixture();
        ok.web.env("MYSQL_ALLOW_EMPTY_PASSWORD", "1").env("MYSQL_RANDOM_ROOT_PASSWORD", "yes")
                .env("MYSQL_PASSWORD_FILE", "/run/secrets/db").env("API_KEY_PATH", "./keys/api").env("SKIP_TOKEN_CHECK", "true")
                .env("TOKEN_DIR", "~/tokens");
        assertThat(ok.violations()).noneMatch(v -> v.rule().equals("secret.literal-value"));
        // a secret's own name with a flag-like value, or a *_FILE name with a value that is no path, is still a literal
        for (String[] env : new String[][] {{"DB_PASSWORD", "1"}, {"MYSQL_PASSWORD_FILE", "hunter2"}, {"ALLOW_TOKEN", "abc"}}) {
            Fixture f = new Fixture();
            f.web.env(env[0], env[1]);
            assertThat(f.only("secret.literal-value").path()).endsWith("/env:" + env[0]);
        }
    }
}
