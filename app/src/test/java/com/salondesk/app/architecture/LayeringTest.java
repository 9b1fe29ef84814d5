package com.salondesk.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
            .because("the app reads through DeskQueries and writes through the command services");

    static final ArchRule VIEW_MODELS_NEVER_TOUCH_NODES = classes().that().haveSimpleNameEndingWith("ViewModel")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..")
            .because("a view model holds state and commands; only views know about nodes (STYLE.md)");

    @Test
    void appNeverReachesForSql() {
        APP_NEVER_TOUCHES_SQL.check(salonDesk);
    }

    @Test
    void viewModelsNeverTouchNodes() {
        VIEW_MODELS_NEVER_TOUCH_NODES.check(salonDesk);
    }
}
