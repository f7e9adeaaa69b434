package dev.shipshape.cli;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.report.Report;
import dev.shipshape.report.ReportFormat;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Rule;
import dev.shipshape.validation.Rules;
import dev.shipshape.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code shipshape}: Shipshape's rule catalog over any YAML, from a shell or a CI job.
 *
 * <pre>{@code
 * java -jar shipshape-cli-0.2.0.jar check k8s/ helm-output.yaml                 # text; exit 1 on errors
 * java -jar shipshape-cli-0.2.0.jar check k8s/ --format sarif --output shipshape.sarif
 * java -jar shipshape-cli-0.2.0.jar check k8s/ --policy strict --allow-registry ghcr.io/acme
 * helm template chart/ | java -jar shipshape-cli-0.2.0.jar check -              # standard input, as <stdin>
 * java -jar shipshape-cli-0.2.0.jar rules                                       # the catalog
 * }</pre>
 *
 * Exit codes: 0 when no error is found, 1 when one is, 2 for a usage error or input that cannot be read (a path
 * that does not exist, a file or document that is not YAML), with a one-line reason on standard error.
 */
@Command(name = "shipshape", mixinStandardHelpOptions = true, versionProvider = ShipshapeCli.Version.class,
        description = "Checks Kubernetes manifests with Shipshape's rules: best practice, pod security, least-privilege"
                + " network policy, and what the API server would refuse.",
        subcommands = {ShipshapeCli.Check.class, ShipshapeCli.ListRules.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no error found", "1:errors found", "2:usage error, or input that cannot be read"})
public final class ShipshapeCli implements Runnable {

    /** Exit code: no error found. */
    public static final int CLEAN = 0;
    /** Exit code: errors found. */
    public static final int ERRORS = 1;
    /** Exit code: a usage error, or input that cannot be read. */
    public static final int USAGE = 2;

    /** The name standard input is reported under. */
    public static final String STDIN = "<stdin>";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What {@code check -} reads. */
    private final InputStream in;

    private ShipshapeCli(InputStream in) {
        this.in = in;
    }

    /**
     * Runs the command line and exits with its code.
     *
     * <pre>{@code
     * java -jar shipshape-cli.jar check k8s/
     * }</pre>
     *
     * @param args the arguments, e.g. {@code check k8s/ --format sarif}
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /**
     * Runs the command line in this JVM, writing to {@code out} and {@code err}, and returns the exit code.
     *
     * <pre>{@code
     * int code = ShipshapeCli.run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), "check", "k8s");
     * }</pre>
     *
     * @param out  where reports and listings go
     * @param err  where reasons for exit code 2 go
     * @param args the arguments
     * @return 0, 1 or 2
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(System.in, out, err, args);
    }

    /**
     * {@link #run(PrintWriter, PrintWriter, String...)} with the standard input {@code check -} reads.
     *
     * <pre>{@code
     * InputStream yaml = new ByteArrayInputStream(helmOutput.getBytes(StandardCharsets.UTF_8));
     * int code = ShipshapeCli.run(yaml, out, err, "check", "-");
     * }</pre>
     *
     * @param in   what a path of {@code -} reads
     * @param out  where reports and listings go
     * @param err  where reasons for exit code 2 go
     * @param args the arguments
     * @return 0, 1 or 2
     */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new ShipshapeCli(in));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, given) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("shipshape: " + e.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            c.getErr().flush();
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, c, parsed) -> {
            c.getErr().println("shipshape: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            c.getErr().flush();
            return USAGE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** With no subcommand: the usage, and exit code 2. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: check or rules");
    }

    /** {@code shipshape --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"shipshape " + Shipshape.version() + " (Kubernetes " + String.join(", ",
                    Policy.kubernetesVersions()) + "; Java " + System.getProperty("java.version") + ")"};
        }
    }

    /** The policy a check runs under. */
    enum PolicyName {
        DEFAULT, STRICT
    }

    /** {@code shipshape check}. */
    @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Checks files and directories (every .yaml, .yml and .json below them, kustomization.yaml"
                    + " skipped) and reports every violation with its file, line, path and fix.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:no error found", "1:errors found", "2:usage error, or input that cannot be read"})
    static final class Check implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.ParentCommand
        ShipshapeCli parent;

        @Parameters(arity = "1..*", paramLabel = "PATH",
                description = "Files and directories to check; - reads YAML from standard input, reported as <stdin>.")
        List<Path> paths = new ArrayList<>();

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
                description = "text, json, sarif or junit (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = {"-p", "--policy"}, paramLabel = "POLICY", defaultValue = "default",
                description = "default, or strict: every warning an error (default: ${DEFAULT-VALUE}).")
        PolicyName policy;

        @Option(names = "--allow-registry", paramLabel = "REGISTRY",
                description = "Allow images only from this registry or repository prefix (repeatable):"
                        + " docker.io, ghcr.io/acme.")
        List<String> registries = new ArrayList<>();

        @Option(names = "--off", paramLabel = "RULE=REASON",
                description = "Switch a rule off, with the reason (repeatable): --off image.not-pinned='pinned by CD'.")
        List<String> off = new ArrayList<>();

        @Option(names = "--kubernetes-version", paramLabel = "VERSION",
                description = "The Kubernetes release whose API to check against (default: the newest shipped).")
        String kubernetesVersion;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "Write the report to FILE (its directory is made) instead of standard output; a"
                        + " summary line goes to standard output.")
        Path output;

        @Override
        public Integer call() throws IOException {
            ReportFormat reportFormat = parse(() -> ReportFormat.of(format));
            Policy p = parse(this::policy);
            List<Path> files = new ArrayList<>();
            Map<String, String> texts = new LinkedHashMap<>();
            for (Path path : paths) {
                if (path.toString().equals("-")) {
                    if (!texts.isEmpty()) {
                        throw new CommandLine.ParameterException(spec.commandLine(), "- (standard input) is given twice");
                    }
                    texts.put(STDIN, readStandardInput());
                } else if (!Files.exists(path) && !Files.isSymbolicLink(path)) {
                    spec.commandLine().getErr().println("shipshape: cannot read " + path + ": no such file or directory");
                    return USAGE;
                } else {
                    files.add(path);
                }
            }
            Report report = Report.check(p, files, texts);
            PrintWriter out = spec.commandLine().getOut();
            if (output == null) {
                out.print(report.format(reportFormat));
            } else {
                report.writeTo(reportFormat, output);
                out.println(report.summary() + "; " + reportFormat.name().toLowerCase(Locale.ROOT) + " report written to "
                        + output);
            }
            out.flush();
            List<Violation> unreadable = report.violations().stream().filter(v -> v.rule().equals("input.unreadable"))
                    .toList();
            if (!unreadable.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                for (Violation v : unreadable) {
                    err.println("shipshape: cannot read " + v.path() + ": " + v.message());
                }
                err.flush();
                return USAGE;
            }
            return report.hasErrors() ? ERRORS : CLEAN;
        }

        private String readStandardInput() throws IOException {
            byte[] bytes = parent.in.readAllBytes();
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new IOException("cannot read " + STDIN + ": it is not UTF-8 text", e);
            }
        }

        private Policy policy() {
            Policy p = policy == PolicyName.STRICT ? Policy.strict() : Policy.defaults();
            if (!registries.isEmpty()) {
                p = p.allowRegistries(registries.toArray(String[]::new));
            }
            for (String o : off) {
                int eq = o.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("--off needs RULE=REASON, e.g. --off image.not-pinned='pinned by"
                            + " the release job'; got '" + o + "'");
                }
                p = p.off(o.substring(0, eq).strip(), o.substring(eq + 1));
            }
            if (kubernetesVersion != null) {
                p = p.kubernetesVersion(kubernetesVersion);
            }
            return p;
        }

        /** A value from an option, its IllegalArgumentException a usage error (exit code 2, the reason, the hint). */
        private <T> T parse(java.util.function.Supplier<T> value) {
            try {
                return value.get();
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
            }
        }
    }

    /** {@code shipshape rules}. */
    @Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Lists the rule catalog: id, default severity, what the rule catches.")
    static final class ListRules implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            int width = Rules.ids().stream().mapToInt(String::length).max().orElse(0);
            for (Rule r : Rules.all()) {
                out.println(String.format(Locale.ROOT, "%-" + width + "s  %-7s  %s", r.id(),
                        r.defaultSeverity().name().toLowerCase(Locale.ROOT), r.description()));
            }
            out.flush();
            return CLEAN;
        }
    }
}
