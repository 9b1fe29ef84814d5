package com.salondesk.persistence.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layout of the persistence module, checked on its own classes: packages in layers, nothing above it. */
class PersistenceRulesTest {

    private static JavaClasses persistence;

    @BeforeAll
    static void importClasses() {
        persistence = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.salondesk.persistence");
    }

    /**
     * Each package is a slice of its own, so two packages that import each other in a circle fail. (central
     * is moving to the sync server; it sits in no circle today, so it needs no exception.)
     */
    static final ArchRule PACKAGES_FREE_OF_CYCLES = slices().matching("com.salondesk.persistence.(**)")
            .should().beFreeOfCycles()
            .because("packages that import each other in a circle are one package, or two with a seam between them");

    static final ArchRule NO_JAVAFX = noClasses().that().resideInAPackage("com.salondesk.persistence..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the desk's back end runs without a screen: support commands, tests, benchmarks");

    static final ArchRule NEVER_THE_APP_OR_THE_SERVER = noClasses().that().resideInAPackage("com.salondesk.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("com.salondesk.app..", "com.salondesk.syncserver..")
            .because("the app and the sync server build on persistence, never the other way round");

    @Test
    void packagesImportEachOtherInNoCircle() {
        PACKAGES_FREE_OF_CYCLES.check(persistence);
    }

    @Test
    void nothingUsesJavaFx() {
        NO_JAVAFX.check(persistence);
    }

    @Test
    void nothingReachesUpIntoTheAppOrTheServer() {
        NEVER_THE_APP_OR_THE_SERVER.check(persistence);
    }
}
