package dev.shipshape.examples;

import dev.shipshape.render.Manifests;
import dev.shipshape.validation.Violations;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The build-script entry point: renders every journal variant into {@code <out>/<variant>/} and prints a
 * summary. Bound to {@code mvn package} of dsl-examples; also runnable on its own:
 *
 * <pre>{@code
 * java -cp dsl-examples/target/classes:<dependencies> dev.shipshape.examples.RenderJournal target/manifests
 * }</pre>
 */
public final class RenderJournal {

    private RenderJournal() {
    }

    /** The variants rendered, in order. */
    public static List<JournalParameters> variants() {
        return List.of(JournalParameters.europe(), JournalParameters.china());
    }

    /**
     * Renders every variant.
     *
     * @param args the output directory (default {@code dsl-examples/target/manifests})
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "dsl-examples/target/manifests").toAbsolutePath().normalize();
        for (JournalParameters p : variants()) {
            Manifests m = Journal.define(p).render();
            Path dir = out.resolve(p.variant());
            List<String> files = m.writeTo(dir);
            System.out.println(summary(p.variant(), m, dir, files.size()));
        }
    }

    static String summary(String variant, Manifests m, Path dir, int files) {
        StringBuilder b = new StringBuilder();
        b.append("journal/").append(variant).append(": ").append(m.size()).append(" objects (");
        boolean first = true;
        for (Map.Entry<String, Integer> e : m.countByKind().entrySet()) {
            b.append(first ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey());
            first = false;
        }
        b.append("), ").append(m.warnings().size()).append(" warning(s)\n");
        Violations.format(m.warnings()).lines().forEach(l -> b.append("  ").append(l).append('\n'));
        b.append("  wrote ").append(files).append(" files to ").append(dir);
        return b.toString();
    }
}
