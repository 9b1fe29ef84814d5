package com.salondesk.syncserver.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sync server's package layout: no package cycles, and no road to the desktop app. */
class ServerLayoutTest {

    private static JavaClasses server;

    @BeforeAll
    static void importClasses() {
        server = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.salondesk.syncserver");
    }

    /** Each package its own slice, the root package ({@code Main}, {@code SyncServer}) included. */
    static final ArchRule PACKAGES_FREE_OF_CYCLES = slices().matching("com.salondesk.(**)")
            .should().beFreeOfCycles()
            .because("packages that import each other in a circle are one package, or two with a seam (STYLE.md)");

    static final ArchRule NEVER_MEETS_THE_APP = noClasses().that().resideInAPackage("com.salondesk.syncserver..")
            .should().dependOnClassesThat().resideInAPackage("com.salondesk.app..")
            .because("the server and the desktop app share only the protocol types in persistence");

    @Test
    void theServersPackagesImportEachOtherInOneDirection() {
        PACKAGES_FREE_OF_CYCLES.check(server);
    }

    @Test
    void theServerNeverUsesTheDesktopApp() {
        NEVER_MEETS_THE_APP.check(server);
    }
}
