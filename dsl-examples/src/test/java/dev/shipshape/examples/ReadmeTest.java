package dev.shipshape.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.testing.Tool;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of the README compiles as written, against Shipshape and the examples: what a reader copies
 * works. A block that declares a package or a type is a compilation unit; any other block is statements, compiled
 * as the body of a method (its imports stay imports). The blocks captioned with a file name (the project of "Use
 * Shipshape in your project") are compiled together, as the files of one project.
 */
class ReadmeTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern CAPTION = Pattern.compile("^`([A-Za-z0-9_./-]+\\.java)`:$");
    private static final Pattern TYPE = Pattern.compile("(?m)^(public |final |abstract )*(class|record|interface|enum) (\\w+)");

    @TempDir
    Path out;

    record Block(int line, String code, boolean captioned) {
    }

    static List<Block> javaBlocks() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```java")) {
                continue;
            }
            boolean captioned = i > 0 && CAPTION.matcher(lines.get(i - 1)).matches();
            StringBuilder code = new StringBuilder();
            int j = i + 1;
            while (!lines.get(j).startsWith("```")) {
                code.append(lines.get(j)).append('\n');
                j++;
            }
            blocks.add(new Block(i + 1, code.toString(), captioned));
            i = j;
        }
        return blocks;
    }

    @Test
    void the_readme_has_java_blocks_and_a_captioned_project() throws IOException {
        List<Block> blocks = javaBlocks();
        assertThat(blocks).hasSizeGreaterThan(5);
        assertThat(blocks).filteredOn(Block::captioned).hasSizeGreaterThanOrEqualTo(3);
    }

    @DisabledIfSystemProperty(named = Tool.OUT_OF_PROCESS, matches = Tool.SKIP,
            disabledReason = "runs outside this JVM, where the mutants under test are not")
    @TestFactory
    List<DynamicTest> every_java_block_compiles_as_written() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<Block> project = new ArrayList<>();
        for (Block b : javaBlocks()) {
            if (b.captioned()) {
                project.add(b);
            } else {
                tests.add(DynamicTest.dynamicTest("README line " + b.line(), () -> compile(List.of(b))));
            }
        }
        tests.add(DynamicTest.dynamicTest("the project of 'Use Shipshape in your project'", () -> compile(project)));
        return tests;
    }

    /** The README's commands that CI runs in the user project (.ci/readme-project) are the ones the README shows. */
    @Test
    void ci_runs_the_commands_the_readme_shows() throws IOException {
        String readme = Files.readString(README);
        String ci = Files.readString(Path.of("..", ".ci", "readme-project"));
        for (String command : List.of("mvn -B -q install -DskipTests -Dinvoker.skip",
                "mvn -B -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/classpath.txt",
                "java -cp \"$(cat target/classpath.txt)\" Render.java out/")) {
            assertThat(readme).contains(command);
            assertThat(ci).contains(command);
        }
        assertThat(readme).contains("`mvn -B verify`");
        assertThat(ci).contains("mvn -B verify");
    }

    /** The 20-line POM the README shows is the one the Maven plugin's sample build runs (its version filled in). */
    @Test
    void the_smallest_pom_is_the_plugins_sample_project() throws IOException {
        String readme = Files.readString(README);
        String sample = Files.readString(Path.of("..", "shipshape-maven-plugin", "src", "it", "render-and-check", "pom.xml"))
                .replace("@shipshape.version@", dev.shipshape.dsl.Shipshape.version());
        assertThat(sample.lines().count()).isLessThanOrEqualTo(20);
        assertThat(readme).contains("```xml\n" + sample + "```\n");
    }

    private void compile(List<Block> blocks) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> sources = new ArrayList<>();
        for (Block b : blocks) {
            sources.add(source(b));
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path dir = Files.createTempDirectory(out, "classes");
        StringWriter log = new StringWriter();
        boolean ok = javac.getTask(log, null, diagnostics, List.of("--release", "17", "-proc:none", "-classpath",
                System.getProperty("java.class.path"), "-d", dir.toString()), null, sources).call();
        StringBuilder report = new StringBuilder();
        diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR).forEach(d ->
                report.append(d.getSource() == null ? "" : d.getSource().getName()).append(':').append(d.getLineNumber())
                        .append(": ").append(d.getMessage(null)).append('\n'));
        assertThat(ok).as("README blocks at lines %s do not compile:\n%s%s",
                blocks.stream().map(Block::line).toList(), report, log).isTrue();
    }

    /** The block as a source file: as it is if it declares a package or a type, else its statements in a method. */
    private static JavaFileObject source(Block b) {
        String code = b.code();
        Matcher type = TYPE.matcher(code);
        String name;
        String text;
        if (code.startsWith("package ") || type.find()) {
            type.reset();
            name = type.find() ? type.group(3) : "Readme" + b.line();
            text = code;
        } else {
            StringBuilder imports = new StringBuilder();
            StringBuilder body = new StringBuilder();
            for (String l : code.split("\n", -1)) {
                (l.startsWith("import ") ? imports : body).append(l).append('\n');
            }
            name = "ReadmeLine" + b.line();
            text = imports + "class " + name + " {\n    void run() throws Exception {\n" + body + "    }\n}\n";
        }
        String fileName = name;
        return new SimpleJavaFileObject(URI.create("string:///README-line-" + b.line() + "/" + fileName + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }
}
