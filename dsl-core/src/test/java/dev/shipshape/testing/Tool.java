package dev.shipshape.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * An external program some tests use as an oracle, which a user's machine may lack. Found on {@code PATH} and
 * probed once per JVM; tests that need one are annotated {@link RequiresTool} and skip, with the reason, where it
 * is missing.
 */
public enum Tool {
    /** The Kubernetes client, for {@code kubectl kustomize}. */
    KUBECTL("kubectl", List.of("version", "--client")),
    /** Graphviz, for laying out DOT diagrams. */
    GRAPHVIZ("dot", List.of("-V"));

    private static final Map<Tool, Optional<String>> MISSING = new ConcurrentHashMap<>();

    private final String command;
    private final List<String> probe;

    Tool(String command, List<String> probe) {
        this.command = command;
        this.probe = probe;
    }

    /** The command's name, e.g. {@code kubectl}. */
    public String command() {
        return command;
    }

    /**
     * The system property that turns off every test whose work runs outside this JVM (a tool, a child JVM, the
     * compiler): the mutation profile sets it to {@value #SKIP}, since PIT's mutants live only in the JVM it runs
     * the tests in, so such a test costs time per mutant and cannot kill one (TESTING.md).
     */
    public static final String OUT_OF_PROCESS = "shipshape.outOfProcess";

    /** The value of {@link #OUT_OF_PROCESS} that skips them. */
    public static final String SKIP = "skip";

    /** Why the tool cannot be used here, or empty when it can. */
    public Optional<String> missing() {
        if (SKIP.equals(System.getProperty(OUT_OF_PROCESS))) {
            return Optional.of(command + " runs outside this JVM, where the mutants under test are not ("
                    + OUT_OF_PROCESS + "=" + SKIP + ")");
        }
        return MISSING.computeIfAbsent(this, Tool::check);
    }

    private Optional<String> check() {
        String path = System.getenv().getOrDefault("PATH", "");
        boolean onPath = false;
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, command);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                onPath = true;
                break;
            }
        }
        if (!onPath) {
            return Optional.of(command + " is not on PATH; install it to run this oracle");
        }
        try {
            Process p = new ProcessBuilder(concat()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.of(command + " did not answer '" + String.join(" ", concat()) + "' within 30 s");
            }
            return p.exitValue() == 0 ? Optional.empty()
                    : Optional.of("'" + String.join(" ", concat()) + "' exited with " + p.exitValue());
        } catch (IOException e) {
            return Optional.of(command + " cannot be started: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while probing " + command);
        }
    }

    private List<String> concat() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(command), probe.stream()).toList();
    }
}
