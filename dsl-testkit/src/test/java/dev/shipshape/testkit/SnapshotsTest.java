package dev.shipshape.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class SnapshotsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void useTempDir() {
        System.setProperty(Snapshots.DIR_PROPERTY, dir.toString());
        System.clearProperty(Snapshots.MODE_PROPERTY);
    }

    @AfterEach
    void reset() {
        System.clearProperty(Snapshots.DIR_PROPERTY);
        System.clearProperty(Snapshots.MODE_PROPERTY);
    }

    @Test
    void a_missing_snapshot_fails_and_is_not_created() {
        assertThatThrownBy(() -> Snapshots.assertMatches("a: 1\n", "missing"))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("does not exist")
                .hasMessageContaining("-Dshipshape.snapshots=update");
        assertThat(dir.resolve("missing.yaml")).doesNotExist();
    }

    @Test
    void a_mismatch_fails_with_a_line_diff_showing_expected_and_actual() throws IOException {
        Files.writeString(dir.resolve("app.yaml"), "kind: Deployment\nreplicas: 2\nimage: web:v1\nname: web\n");
        assertThatThrownBy(() -> Snapshots.assertMatches("kind: Deployment\nreplicas: 3\nimage: web:v1\nname: web\n", "app"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("-     2   replicas: 2")
                .hasMessageContaining("+     2   replicas: 3")
                .hasMessageContaining("      1   kind: Deployment");
        Snapshots.assertMatches("kind: Deployment\nreplicas: 2\nimage: web:v1\nname: web\n", "app");
    }

    @Test
    void update_mode_writes_missing_and_changed_snapshots() throws IOException {
        System.setProperty(Snapshots.MODE_PROPERTY, "update");
        Snapshots.assertMatches("a: 1\n", "new");
        assertThat(Files.readString(dir.resolve("new.yaml"))).isEqualTo("a: 1\n");
        Snapshots.assertMatches("a: 2\n", "new");
        assertThat(Files.readString(dir.resolve("new.yaml"))).isEqualTo("a: 2\n");
    }

    @Test
    void snapshot_names_cannot_escape_the_directory() {
        assertThatThrownBy(() -> Snapshots.assertMatches("x", "../evil")).isInstanceOf(IllegalArgumentException.class);
    }
}
