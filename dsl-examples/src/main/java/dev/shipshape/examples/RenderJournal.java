package dev.shipshape.examples;

import dev.shipshape.examples.JournalParameters.Environment;
import dev.shipshape.examples.JournalParameters.Region;
import dev.shipshape.render.Manifests;
import dev.shipshape.render.RolloutDiff;
import dev.shipshape.validation.Violations;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The build-script entry point: renders every journal variant ({@code dev}, {@code prod} × {@code eu},
 * {@code cn}) into {@code <out>/<env>-<region>/} with its {@code topology.md}, and prints a summary: objects per
 * kind, warnings, what the autoscalers do, and what changed since the previous render there (which workloads
 * will roll). {@code -Djournal.entries=N} changes one parameter in every variant, to see a change's rollout
 * impact. Bound to {@code mvn package} of dsl-examples; also runnable on its own:
 *
 * <pre>{@code
 * java -cp <classpath> dev.shipshape.examples.RenderJournal target/manifests
 * }</pre>
 */
public final class RenderJournal {

    private RenderJournal() {
    }

    /** {@return the variants rendered, in order} */
    public static List<JournalParameters> variants() {
        List<JournalParameters> all = new ArrayList<>();
        for (Environment env : Environment.values()) {
            for (Region region : Region.values()) {
                all.add(JournalParameters.of(env, region));
            }
        }
        all.add(JournalParameters.of(Environment.PROD, Region.EU).withGateway());
        return all;
    }

    /**
     * Renders every variant, or the ones named after the directory.
     *
     * @param args the output directory (default {@code dsl-examples/target/manifests}), then optionally the
     *             variants to render ({@code prod-eu dev-cn}); all five when none is named
     * @throws IOException if it cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "dsl-examples/target/manifests").toAbsolutePath().normalize();
        List<String> only = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        List<JournalParameters> chosen = new ArrayList<>();
        for (JournalParameters p : variants()) {
            if (only.isEmpty() || only.contains(p.variant())) {
                chosen.add(p);
            }
        }
        if (chosen.size() < Math.max(1, only.stream().distinct().count())) {
            throw new IllegalArgumentException("unknown variant in " + only + "; the variants are "
                    + variants().stream().map(JournalParameters::variant).toList());
        }
        for (JournalParameters p : chosen) {
            System.out.println(render(p, out.resolve(p.variant())));
        }
    }

    /** Renders one variant into {@code dir}, comparing with what was there, and returns the summary. */
    static String render(JournalParameters parameters, Path dir) throws IOException {
        // -Djournal.entries=N changes a parameter for every variant, to see the rollout impact of a change
        JournalParameters p = Integer.getInteger("journal.entries") == null ? parameters
                : parameters.withJournalEntries(Integer.getInteger("journal.entries"));
        Manifests m = Journal.define(p).render();
        RolloutDiff diff = m.diff(dir);
        List<String> files = m.writeTo(dir);
        StringBuilder b = new StringBuilder();
        b.append("journal/").append(p.variant()).append(": ").append(m.size()).append(" objects (");
        boolean firstKind = true;
        for (Map.Entry<String, Integer> e : m.countByKind().entrySet()) {
            b.append(firstKind ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey());
            firstKind = false;
        }
        b.append("), ").append(m.warnings().size()).append(" warning(s)\n");
        Violations.format(m.warnings()).lines().forEach(l -> b.append("  ").append(l).append('\n'));
        for (String explanation : m.autoscalingExplanations()) {
            b.append("  ").append(explanation).append('\n');
        }
        if (!diff.isFirstRender()) {
            b.append("  since the previous render: ");
            diff.describe().lines().forEach(l -> b.append(l).append("\n  "));
            b.setLength(b.length() - 2);
        }
        b.append("  wrote ").append(files.size()).append(" files to ").append(dir);
        return b.toString();
    }
}
