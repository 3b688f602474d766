package org.peerbot.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The adapter rule: the platform adapters and the stores know the core only through its model and ports,
 * and know nothing of each other or of the application. Only the application ({@code org.peerbot.app})
 * wires the engine, the triage and the directory together.
 */
class AdapterRuleTest {

    /** Production classes only: the adapters' test-jars (fakes) are left out, wherever Maven resolved them from. */
    private static final ImportOption PRODUCTION = location -> !location.contains("/test-classes/")
            && !location.contains("-tests.jar");

    private final JavaClasses adapters = new ClassFileImporter()
            .withImportOption(PRODUCTION)
            .importPackages("org.peerbot.adapter", "org.peerbot.store");

    @Test
    void adaptersUseTheCoreOnlyThroughItsModelAndPorts() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.peerbot.core.conversation..", "org.peerbot.core.handoff..",
                        "org.peerbot.core.organising..", "org.peerbot.core.delivery..", "org.peerbot.core.turn..",
                        "org.peerbot.core.triage..",
                        "org.peerbot.core.signpost..", "org.peerbot.core.listening..", "org.peerbot.core.wording..",
                        "org.peerbot.core.memory..")
                .check(adapters);
    }

    @Test
    void adaptersKnowNothingOfEachOtherOrOfTheApplication() {
        noClasses().that().resideInAPackage("org.peerbot.adapter.telegram..").should().dependOnClassesThat()
                .resideInAnyPackage("org.peerbot.adapter.discord..", "org.peerbot.adapter.console..",
                        "org.peerbot.store..", "org.peerbot.app..")
                .check(adapters);
        noClasses().that().resideInAPackage("org.peerbot.adapter.discord..").should().dependOnClassesThat()
                .resideInAnyPackage("org.peerbot.adapter.telegram..", "org.peerbot.adapter.console..",
                        "org.peerbot.store..", "org.peerbot.app..")
                .check(adapters);
        noClasses().that().resideInAPackage("org.peerbot.adapter.console..").should().dependOnClassesThat()
                .resideInAnyPackage("org.peerbot.adapter.telegram..", "org.peerbot.adapter.discord..",
                        "org.peerbot.store..", "org.peerbot.app..")
                .check(adapters);
        noClasses().that().resideInAPackage("org.peerbot.store..").should().dependOnClassesThat()
                .resideInAnyPackage("org.peerbot.adapter..", "org.peerbot.app..")
                .check(adapters);
    }
}
