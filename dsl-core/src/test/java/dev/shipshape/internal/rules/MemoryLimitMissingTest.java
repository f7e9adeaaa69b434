package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import org.junit.jupiter.api.Test;

/** The tests of {@link MemoryLimitMissing}: where it fires, where it does not, and what it says. */
class MemoryLimitMissingTest {

    @Test
    void memory_limit_missing_warns() {
        Fixture f = new Fixture();
        f.web.resources(Resources.of(Cpu.millis(250), Memory.mebibytes(256)).cpuLimit(Cpu.millis(500)));
        Violation v = f.only("resources.memory-limit-missing");
        assertThat(v.path()).isEqualTo("shop/webService:web/container:web/resources/memory");
        assertThat(v.fix()).contains("memory limit");
    }
}
