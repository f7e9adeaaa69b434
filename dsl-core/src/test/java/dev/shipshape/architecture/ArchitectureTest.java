package dev.shipshape.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of dsl-core, bottom to top, each using only layers below it (README, "Code map"): a package that points
 * back up, or two packages that need each other, fail the build.
 */
class ArchitectureTest {

    /** Every package of dsl-core's main code, in its layer, bottom first. */
    static final List<String> LAYERS = List.of(
            "dev.shipshape.internal.lang",
            "dev.shipshape.units",
            "dev.shipshape.internal.schema",
            "dev.shipshape.model",
            "dev.shipshape.internal.graph",
            "dev.shipshape.internal.objects",
            "dev.shipshape.internal.yaml",
            "dev.shipshape.internal.io",
            "dev.shipshape.internal.render",
            "dev.shipshape.internal.validation",
            "dev.shipshape.internal.rules",
            "dev.shipshape.validation",
            "dev.shipshape.internal.check",
            "dev.shipshape.internal.report",
            "dev.shipshape.render",
            "dev.shipshape.report",
            "dev.shipshape.internal",
            "dev.shipshape.dsl");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.shipshape");
    }

    @Test
    void every_package_is_in_a_layer() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass c : classes) {
            packages.add(c.getPackageName());
        }
        assertThat(packages).containsExactlyInAnyOrderElementsOf(LAYERS);
    }

    @Test
    void no_package_depends_on_a_package_above_it() {
        var architecture = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (int i = 0; i < LAYERS.size(); i++) {
            architecture = architecture.layer(name(i)).definedBy(LAYERS.get(i));
        }
        for (int i = 0; i < LAYERS.size(); i++) {
            String[] below = new String[i];
            for (int j = 0; j < i; j++) {
                below[j] = name(j);
            }
            architecture = i == 0 ? architecture.whereLayer(name(i)).mayNotAccessAnyLayer()
                    : architecture.whereLayer(name(i)).mayOnlyAccessLayers(below);
        }
        architecture.check(classes);
    }

    @Test
    void the_packages_are_free_of_cycles() {
        EvaluationResult result = slices().matching("dev.shipshape.(**)").should().beFreeOfCycles().evaluate(classes);
        assertThat(result.getFailureReport().getDetails()).isEmpty();
    }

    @Test
    void the_leaf_helpers_use_nothing_of_shipshape() {
        for (JavaClass c : classes) {
            if (c.getPackageName().equals("dev.shipshape.internal.lang")) {
                c.getDirectDependenciesFromSelf().forEach(d -> assertThat(d.getTargetClass().getPackageName())
                        .as("%s uses %s", c.getName(), d.getTargetClass().getName())
                        .satisfiesAnyOf(p -> assertThat(p).doesNotStartWith("dev.shipshape"),
                                p -> assertThat(p).isEqualTo("dev.shipshape.internal.lang")));
            }
        }
    }

    private static String name(int layer) {
        return LAYERS.get(layer);
    }
}
