package com.salondesk.persistence.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.persistence.architecture.fixture.ReachesForTheApp;
import com.salondesk.persistence.architecture.fixture.ReachesForTheServer;
import com.salondesk.persistence.architecture.fixture.ShowsAProperty;
import com.salondesk.persistence.architecture.fixture.cyclea.PlantedA;
import com.salondesk.persistence.architecture.fixture.cycleb.PlantedB;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Proves the persistence rules can fail: each is run on classes that break it on purpose. */
class PersistenceRulesCatchViolationsTest {

    @Test
    void theCycleRuleFlagsTwoPackagesThatImportEachOther() {
        JavaClasses offenders = new ClassFileImporter().importClasses(PlantedA.class, PlantedB.class);

        var result = PersistenceRulesTest.PACKAGES_FREE_OF_CYCLES.evaluate(offenders);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("Cycle detected"));
    }

    @Test
    void theJavaFxRuleFlagsAClassThatHoldsAProperty() {
        JavaClasses offender = new ClassFileImporter().importClasses(ShowsAProperty.class);

        var result = PersistenceRulesTest.NO_JAVAFX.evaluate(offender);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("javafx.beans.property.SimpleStringProperty"));
    }

    @Test
    void theUpwardRuleFlagsAClassThatUsesTheApp() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReachesForTheApp.class);

        var result = PersistenceRulesTest.NEVER_THE_APP_OR_THE_SERVER.evaluate(offender);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("com.salondesk.app.standin"));
    }

    @Test
    void theUpwardRuleFlagsAClassThatUsesTheServer() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReachesForTheServer.class);

        var result = PersistenceRulesTest.NEVER_THE_APP_OR_THE_SERVER.evaluate(offender);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("com.salondesk.syncserver.standin"));
    }
}
