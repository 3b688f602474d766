package org.peerbot.core.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.Slices;
import org.junit.jupiter.api.Test;

/**
 * The core's packages depend on each other in one direction only: no cycles between them (there are none
 * today, so no known cycle is allowed). Cycles inside one package (the engine's classes call each other)
 * are not caught here; splitting the engine into packages by feature is still to do (issue 17).
 */
class PackageCycleTest {

    private static final String SLICES = "org.peerbot.core.(*)..";

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.peerbot.core");

    @Test
    void noCyclesBetweenTheCoresPackages() {
        // The rule is only worth something if it sees the packages: engine, model, port, signpost, triage, ...
        assertThat(Slices.matching(SLICES).transform(core)).hasSizeGreaterThanOrEqualTo(6);
        slices().matching(SLICES).should().beFreeOfCycles().check(core);
    }
}
