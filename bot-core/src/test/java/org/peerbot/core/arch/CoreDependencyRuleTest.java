package org.peerbot.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rule: the core knows the JDK, slf4j and Caffeine, and nothing else. */
class CoreDependencyRuleTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.peerbot.core");

    @Test
    void coreDependsOnlyOnTheJdkSlf4jAndCaffeine() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.crypto..", "org.slf4j..", "com.github.benmanes.caffeine..",
                        "org.peerbot.core..")
                .check(core);
    }

    @Test
    void coreKnowsNoSpringAndNoPlatformLibrary() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "net.dv8tion..", "org.telegram..", "org.yaml..",
                        "org.peerbot.adapter..", "org.peerbot.app..", "org.peerbot.store..")
                .check(core);
    }

    @Test
    void theModelAndPortsDependOnNothingButEachOtherAndTheJdk() {
        classes().that().resideInAnyPackage("org.peerbot.core.model..", "org.peerbot.core.port..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.peerbot.core.model..", "org.peerbot.core.port..")
                .check(core);
    }
}
