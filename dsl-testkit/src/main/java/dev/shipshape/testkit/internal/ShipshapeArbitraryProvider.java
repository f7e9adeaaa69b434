package dev.shipshape.testkit.internal;

import dev.shipshape.dsl.App;
import dev.shipshape.model.Resources;
import dev.shipshape.testkit.ShipshapeArbitraries;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Image;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Storage;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets jqwik generate Shipshape types without {@code @Provide}: {@code @ForAll Cpu cpu}, {@code @ForAll App app}.
 * Registered in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}; uses the defaults of
 * {@link ShipshapeArbitraries}.
 *
 * <pre>{@code
 * @Property
 * void parses_its_own_text(@ForAll Cpu cpu) { assertThat(Cpu.parse(cpu.toString())).isEqualTo(cpu); }
 * }</pre>
 */
public class ShipshapeArbitraryProvider implements ArbitraryProvider {

    private static final Map<Class<?>, Supplier<Arbitrary<?>>> PROVIDED = Map.of(
            Cpu.class, ShipshapeArbitraries::cpu,
            Memory.class, ShipshapeArbitraries::memory,
            Storage.class, ShipshapeArbitraries::storage,
            Resources.class, ShipshapeArbitraries::resources,
            Image.class, ShipshapeArbitraries::images,
            App.class, ShipshapeArbitraries::apps);

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return PROVIDED.keySet().stream().anyMatch(targetType::isOfType);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        return PROVIDED.entrySet().stream().filter(e -> targetType.isOfType(e.getKey()))
                .map(e -> e.getValue().get()).collect(java.util.stream.Collectors.toSet());
    }
}
