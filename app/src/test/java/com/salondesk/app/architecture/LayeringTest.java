package com.salondesk.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries of DESIGN.md, checked on every module's classes (the app's tests see them all). */
class LayeringTest {

    private static JavaClasses salonDesk;

    @BeforeAll
    static void importClasses() {
        salonDesk = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.salondesk");
    }

    static final ArchRule DOMAIN_NEEDS_ONLY_THE_JDK = classes().that().resideInAPackage("com.salondesk.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("com.salondesk.domain..", "java..",
                    "org.jspecify..")
            .because("the domain is the model alone: no framework, no storage, no UI (DESIGN.md)");

    static final ArchRule DOMAIN_AVOIDS_FRAMEWORKS = noClasses().that().resideInAPackage("com.salondesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..",
                    "com.fasterxml..", "com.google..", "org.slf4j..", "io.javalin..")
            .because("nothing in domain imports JavaFX, jOOQ, JDBC, Jackson, Guava, SLF4J or Javalin");

    static final ArchRule APP_NEVER_TOUCHES_SQL = noClasses().that().resideInAPackage("com.salondesk.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..")
            .because("the app reads through DeskQueries and writes through the command services");

    static final ArchRule VIEW_MODELS_NEVER_TOUCH_NODES = classes().that().haveSimpleNameEndingWith("ViewModel")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..")
            .because("a view model holds state and commands; only views know about nodes (STYLE.md)");

    @Test
    void domainDependsOnTheJdkAlone() {
        DOMAIN_NEEDS_ONLY_THE_JDK.check(salonDesk);
        DOMAIN_AVOIDS_FRAMEWORKS.check(salonDesk);
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
