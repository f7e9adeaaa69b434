package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ingress paths as the API server's {@code validateIngressHTTPIngressPath} judges them (networking validation, for
 * Exact and Prefix: absolute, no {@code //}, {@code /./}, {@code /../}, encoded {@code /}, no trailing {@code /.} or
 * {@code /..}; for ImplementationSpecific: absolute or empty).
 */
class IngressPathsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "OK", value = {
        "Prefix                 | /            | OK",
        "Prefix                 | /api/        | OK",
        "Exact                  | /a.b/c..d    | OK",
        "Prefix                 | api          | does not start with '/'",
        "Exact                  | ''           | does not start with '/'",
        "Prefix                 | /a//b        | contains '//'",
        "Prefix                 | /a/./b       | contains '/./'",
        "Exact                  | /a/../b      | contains '/../'",
        "Prefix                 | /a%2fb       | contains '%2f'",
        "Prefix                 | /a%2Fb       | contains '%2F'",
        "Prefix                 | /a/..        | ends with '/..'",
        "Exact                  | /a/.         | ends with '/.'",
        "ImplementationSpecific | ''           | OK",
        "ImplementationSpecific | /a//b/../c   | OK",
        "ImplementationSpecific | api          | is not an absolute path",
        "''                     | /api         | has no pathType (Exact, Prefix or ImplementationSpecific)",
        "prefix                 | /api         | has pathType 'prefix', which is not one of [Exact, Prefix, ImplementationSpecific]",
    })
    void paths_are_judged_as_the_api_server_does(String type, String path, String problem) {
        assertThat(IngressPathInvalid.apiProblem(type, path)).isEqualTo(Optional.ofNullable(problem));
    }
}
