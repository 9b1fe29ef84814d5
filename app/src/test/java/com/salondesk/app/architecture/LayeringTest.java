package com.salondesk.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The app's boundaries of DESIGN.md, checked on every module's classes (the app's tests see them all). The
 * domain's own rules are in the domain module ({@code DomainArchitectureTest}).
 */
class LayeringTest {

    private static JavaClasses salonDesk;

    @BeforeAll
    static void importClasses() {
        salonDesk = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.salondesk");
    }

    static final ArchRule APP_NEVER_TOUCHES_SQL = noClasses().that().resideInAPackage("com.salondesk.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..")
            .because("the app reads and writes through the adapters of com.salondesk.app.wiring");

    static final ArchRule VIEW_MODELS_NEVER_TOUCH_NODES = classes().that().haveSimpleNameEndingWith("ViewModel")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..")
            .because("a view model holds state and commands; only views know about nodes (STYLE.md)");

    static final ArchRule APP_PACKAGES_FREE_OF_CYCLES = slices().matching("com.salondesk.app.(**)")
            .should().beFreeOfCycles()
            .because("packages that import each other in a circle are one package, or two with a seam between them");

    static final ArchRule SCREENS_OFF_THE_LOG_AND_THE_BUS = noClasses().that().resideInAPackage("com.salondesk.app..")
            .and().resideOutsideOfPackages("com.salondesk.app.wiring..", "com.salondesk.app.demo..")
            .should().dependOnClassesThat().belongToAnyOf(com.salondesk.persistence.backend.DeskBackEnd.class,
                    com.salondesk.persistence.desk.DeskEventLog.class, com.salondesk.persistence.desk.RecordedEvent.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("com.google.common.eventbus..", "org.jooq..",
                    "java.sql..")
            .because("screens see the desk through the ports of com.salondesk.app.port; only the adapters in"
                     + " com.salondesk.app.wiring hold the log, the bus and the desk's runtime");

    static final ArchRule ONLY_THE_ADAPTERS_USE_PERSISTENCE = noClasses().that().resideInAPackage("com.salondesk.app..")
            .and().resideOutsideOfPackages("com.salondesk.app.wiring..", "com.salondesk.app.demo..",
                    "com.salondesk.app.start..")
            .should().dependOnClassesThat().resideInAPackage("com.salondesk.persistence..")
            .because("persistence is reached through the adapters in com.salondesk.app.wiring (the demo chain is"
                     + " recorded through the commands at first start; the support command line runs without screens)");

    static final ArchRule APP_NEVER_MEETS_THE_SYNC_SERVER = noClasses().that().resideInAPackage("com.salondesk.app..")
            .should().dependOnClassesThat().resideInAPackage("com.salondesk.syncserver..")
            .because("the desk and the sync server both build on persistence and never on each other");

    @Test
    void appPackagesAreFreeOfCycles() {
        APP_PACKAGES_FREE_OF_CYCLES.check(salonDesk);
    }

    @Test
    void screensStayOffTheLogAndTheBus() {
        SCREENS_OFF_THE_LOG_AND_THE_BUS.check(salonDesk);
        ONLY_THE_ADAPTERS_USE_PERSISTENCE.check(salonDesk);
    }

    @Test
    void appNeverMeetsTheSyncServer() {
        APP_NEVER_MEETS_THE_SYNC_SERVER.check(salonDesk);
    }

    @Test
    void appNeverReachesForSql() {
        APP_NEVER_TOUCHES_SQL.check(salonDesk);
    }

    @Test
    void viewModelsNeverTouchNodes() {
        VIEW_MODELS_NEVER_TOUCH_NODES.check(salonDesk);
    }
}
