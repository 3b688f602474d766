package org.peerbot.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.Slices;
import org.junit.jupiter.api.Test;

/**
 * The core's packages by feature (see docs/architecture.md) depend on each other in one direction only:
 * {@code conversation} (the engine) uses {@code handoff}, {@code organising} and {@code delivery}; those never
 * call back; every feature takes part in a turn through {@code turn}, which knows no feature. Collaboration
 * runs through a package's few public types, never through a back-reference to the engine.
 */
class PackageCycleTest {

    private static final String SLICES = "org.peerbot.core.(*)..";
    private static final String CORE = "org.peerbot.core.";

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.peerbot.core");

    @Test
    void noCyclesBetweenTheCoresPackages() {
        // The rule is only worth something if it sees the packages: conversation, handoff, model, port, triage, ...
        assertThat(Slices.matching(SLICES).transform(core)).hasSizeGreaterThanOrEqualTo(10);
        slices().matching(SLICES).should().beFreeOfCycles().check(core);
    }

    @Test
    void featuresNeverCallBackIntoTheConversationEngine() {
        noClasses().that().resideInAnyPackage(CORE + "handoff..", CORE + "organising..", CORE + "delivery..",
                        CORE + "turn..", CORE + "triage..", CORE + "signpost..", CORE + "wording..")
                .should().dependOnClassesThat().resideInAPackage(CORE + "conversation..")
                .check(core);
    }

    @Test
    void theTurnKernelAndTheModelKnowNoFeature() {
        noClasses().that().resideInAnyPackage(CORE + "turn..", CORE + "model..", CORE + "port..")
                .should().dependOnClassesThat().resideInAnyPackage(CORE + "conversation..", CORE + "handoff..",
                        CORE + "organising..", CORE + "delivery..", CORE + "triage..")
                .check(core);
    }

    @Test
    void deliveryKnowsNothingOfHandoffsOrOrganising() {
        noClasses().that().resideInAPackage(CORE + "delivery..")
                .should().dependOnClassesThat().resideInAnyPackage(CORE + "handoff..", CORE + "organising..")
                .check(core);
    }

    @Test
    void thereIsNoCatchAllEnginePackageAnyMore() {
        assertThat(core.stream().filter(c -> c.getPackageName().equals(CORE + "engine"))).isEmpty();
    }
}
