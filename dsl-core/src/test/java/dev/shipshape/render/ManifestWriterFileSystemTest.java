package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.validation.Violation;
import dev.shipshape.dsl.App;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What writeTo, check and include do with special files, modes and links beside and inside the output. */
class ManifestWriterFileSystemTest {

    @TempDir
    Path tmp;

    private static void assumePosix() {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "this file system has no POSIX modes");
    }

    /** A FIFO, made with mkfifo; the test is skipped where there is none (Windows). */
    private static Path fifo(Path p) throws IOException, InterruptedException {
        Files.createDirectories(p.getParent());
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available: " + e.getMessage());
            throw e;
        }
        Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo failed");
        return p;
    }

    @Test
    void a_fifo_in_a_user_folder_is_carried_over_without_being_opened() throws Exception {
        Path out = tmp.resolve("manifests");
        RenderTest.sample().render().writeTo(out);
        Path pipe = fifo(out.resolve("user/pipe"));
        Files.writeString(out.resolve("user/notes.txt"), "mine");
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> RenderTest.sample().render().writeTo(out));
        assertThat(Files.isRegularFile(pipe, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.isDirectory(pipe, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(pipe, LinkOption.NOFOLLOW_LINKS)).as("the FIFO is still there").isTrue();
        assertThat(Files.readString(out.resolve("user/notes.txt"))).isEqualTo("mine");
    }

    @Test
    void check_and_include_refuse_a_fifo_instead_of_waiting_on_it() throws Exception {
        Path dir = tmp.resolve("k8s");
        Path pipe = fifo(dir.resolve("pipe.yaml"));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            // check reports it (input.unreadable) and reads the rest; include refuses it
            String why = "cannot be read: it is not a regular file (a FIFO, socket or device); Shipshape reads regular"
                    + " files and walks directories.";
            assertThat(Shipshape.check(pipe)).singleElement().satisfies(v -> {
                assertThat(v.rule()).isEqualTo("input.unreadable");
                assertThat(v.path()).isEqualTo(pipe.toString());
                assertThat(v.message()).isEqualTo(why);
            });
            Files.writeString(dir.resolve("ok.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok}\n");
            assertThat(Shipshape.check(dir)).extracting(Violation::rule, Violation::path)
                    .containsExactly(tuple("input.unreadable", pipe.toString()));
            App app = Shipshape.app("a");
            assertThatThrownBy(() -> app.include(dir)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a regular file");
        });
    }

    @Test
    void a_dangling_link_among_the_inputs_is_reported() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("k8s"));
        Path link = Files.createSymbolicLink(dir.resolve("gone.yaml"), tmp.resolve("deleted.yaml"));
        assertThat(Shipshape.check(dir)).singleElement().extracting(Violation::rule, Violation::path, Violation::message)
                .containsExactly("input.unreadable", link.toString(), "cannot be read: it is a symbolic link to "
                        + tmp.resolve("deleted.yaml") + ", which does not exist.");
        assertThatThrownBy(() -> Shipshape.app("a").include(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot read " + link + ": it is a symbolic link to " + tmp.resolve("deleted.yaml")
                        + ", which does not exist");
    }

    @Test
    void the_directory_keeps_its_mode() throws IOException {
        assumePosix();
        Path out = tmp.resolve("manifests");
        RenderTest.sample().render().writeTo(out);
        for (String mode : List.of("rwxr-xr-x", "rwxr-x---", "rwx------")) {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(mode));
            Files.createDirectories(out.resolve("sub"));
            Files.setPosixFilePermissions(out.resolve("sub"), PosixFilePermissions.fromString("rwxr-x--x"));
            RenderTest.sample().render().writeTo(out);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo(mode);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("sub"))))
                    .isEqualTo("rwxr-x--x");
        }
    }

    @Test
    void a_new_directory_gets_the_default_mode_not_a_private_one() throws IOException {
        assumePosix();
        Path reference = Files.createDirectory(tmp.resolve("reference")); // the process's default (umask)
        Path out = tmp.resolve("manifests");
        RenderTest.sample().render().writeTo(out);
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void a_read_only_directory_is_refused_and_left_alone() throws IOException {
        assumePosix();
        Path out = tmp.resolve("manifests");
        RenderTest.sample().render().writeTo(out);
        Map<String, String> before = ManifestWriterCrashTest.snapshot(out);
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            var changed = RenderTest.sample();
            changed.namespace("changed");
            assertThatThrownBy(() -> changed.render().writeTo(out)).isInstanceOf(IOException.class)
                    .hasMessage(out + " is read-only (r-xr-xr-x); writeTo replaces its files, so make it writable"
                            + " (chmod u+w) or write elsewhere");
            assertThat(ManifestWriterCrashTest.snapshot(out)).isEqualTo(before);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("r-xr-xr-x");
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void a_link_to_a_directory_is_written_through_and_stays_a_link() throws IOException {
        Path real = tmp.resolve("real");
        RenderTest.sample().render().writeTo(real);
        Files.writeString(real.resolve("NOTES.md"), "mine");
        Path link = Files.createSymbolicLink(tmp.resolve("manifests"), real);
        var changed = RenderTest.sample();
        changed.namespace("changed");
        changed.render().writeTo(link);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(real);
        assertThat(real.resolve("namespace-changed.yaml")).exists();
        assertThat(real.resolve("namespace-journal.yaml")).doesNotExist();
        assertThat(Files.readString(real.resolve("NOTES.md"))).isEqualTo("mine");
        assertThat(tmp.resolve(".real.lock")).exists();
    }

    @Test
    void a_dangling_link_or_a_link_to_a_file_is_refused_with_the_true_reason() throws IOException {
        Path dangling = Files.createSymbolicLink(tmp.resolve("out"), tmp.resolve("missing"));
        assertThatThrownBy(() -> RenderTest.sample().render().writeTo(dangling)).isInstanceOf(IOException.class)
                .hasMessage(dangling + " is a symbolic link to " + tmp.resolve("missing") + ", which does not exist;"
                        + " create that directory or remove the link");
        Path file = Files.writeString(tmp.resolve("file"), "x");
        Path toFile = Files.createSymbolicLink(tmp.resolve("out2"), file);
        assertThatThrownBy(() -> RenderTest.sample().render().writeTo(toFile)).isInstanceOf(IOException.class)
                .hasMessage(toFile + " is a symbolic link to " + file + ", which is not a directory");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void a_link_to_the_file_system_root_is_refused() throws IOException {
        Path root = Files.createSymbolicLink(tmp.resolve("out"), Path.of("/"));
        assertThatThrownBy(() -> RenderTest.sample().render().writeTo(root)).isInstanceOf(IOException.class)
                .hasMessage(root + " is a symbolic link to the file system root");
    }
}
