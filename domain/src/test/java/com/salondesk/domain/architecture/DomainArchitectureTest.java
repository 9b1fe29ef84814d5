package com.salondesk.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The domain's own rules of layout: the model alone, no infrastructure, packages that never go round in a circle. */
class DomainArchitectureTest {

    private static JavaClasses domain;

    @BeforeAll
    static void importClasses() {
        domain = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.salondesk.domain");
    }

    static final ArchRule NEEDS_ONLY_THE_JDK = classes().that().resideInAPackage("com.salondesk.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("com.salondesk.domain..", "java..",
                    "org.jspecify..")
            .because("the domain is the model alone: no framework, no storage, no UI (DESIGN.md)");

    static final ArchRule AVOIDS_INFRASTRUCTURE = noClasses().that().resideInAPackage("com.salondesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..", "javax.sql..",
                    "com.fasterxml..", "com.google..", "org.slf4j..", "ch.qos.logback..", "io.javalin..", "org.h2..",
                    "com.zaxxer..", "org.postgresql..", "org.flywaydb..", "java.net.http..")
            .because("nothing in domain imports JavaFX, jOOQ, JDBC, Jackson, Guava, SLF4J, Javalin, H2 or a"
                     + " database driver: the rules are tested without any of them");

    static final ArchRule PACKAGES_FREE_OF_CYCLES = slices().matching("com.salondesk.domain.(*)..")
            .should().beFreeOfCycles()
            .because("packages that import each other in a circle are one package, or two that need a seam");

    @Test
    void theDomainDependsOnTheJdkAlone() {
        NEEDS_ONLY_THE_JDK.check(domain);
        AVOIDS_INFRASTRUCTURE.check(domain);
    }

    @Test
    void theDomainsPackagesAreFreeOfCycles() {
        PACKAGES_FREE_OF_CYCLES.check(domain);
    }
}
