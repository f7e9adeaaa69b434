package dev.shipshape.examples.tools;

import dev.shipshape.dsl.App;
import dev.shipshape.render.Manifests;
import dev.shipshape.testkit.InvalidApp;
import dev.shipshape.testkit.ShipshapeArbitraries;
import dev.shipshape.validation.Violations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;

/**
 * Not a test: a tool run by hand around a refactoring of the renderer. It renders generated apps (valid and invalid) at
 * fixed seeds and writes one line of digests per app (YAML, JSON, diagrams, violations) to the file named by
 * {@code -Dfingerprints.out}; two runs, before and after, are compared with {@code diff}.
 *
 * <pre>
 * mvn -B -q test -pl dsl-examples -Dtest=RenderFingerprints -Dsurefire.failIfNoSpecifiedTests=false -Dfingerprints.out=/tmp/before.txt
 * </pre>
 */
class RenderFingerprints {

    @Example
    void write_fingerprints() throws IOException {
        String out = System.getProperty("fingerprints.out");
        if (out == null) {
            return;
        }
        int count = Integer.getInteger("fingerprints.count", 2000);
        List<String> lines = new ArrayList<>();
        RandomGenerator<App> apps = ShipshapeArbitraries.apps().webServices(1, 6).generator(1000);
        RandomGenerator<InvalidApp> invalid = ShipshapeArbitraries.invalidApps().generator(1000);
        Random random = new Random(42);
        for (int i = 0; i < count; i++) {
            App app = apps.next(random).value();
            lines.add("valid " + i + " " + fingerprint(app));
            InvalidApp bad = invalid.next(random).value();
            lines.add("invalid " + i + " " + bad.rule() + " " + fingerprint(bad.app()));
        }
        Files.write(Path.of(out), lines, StandardCharsets.UTF_8);
    }

    private static String fingerprint(App app) {
        StringBuilder s = new StringBuilder();
        s.append(sha(Violations.format(app.validate())));
        try {
            Manifests m = app.render();
            s.append(' ').append(sha(m.toYaml())).append(' ').append(sha(m.toJson()))
                    .append(' ').append(sha(String.join("\n---\n", m.documents())))
                    .append(' ').append(sha(m.topology().mermaid())).append(' ').append(sha(m.topology().dot()))
                    .append(' ').append(sha(m.topology().markdown()))
                    .append(' ').append(sha(String.join("\n", m.autoscalingExplanations())))
                    .append(' ').append(sha(Violations.format(m.warnings())));
        } catch (RuntimeException e) {
            s.append(" threw ").append(e.getClass().getSimpleName()).append(' ').append(sha(String.valueOf(e.getMessage())));
        }
        return s.toString();
    }

    private static String sha(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
