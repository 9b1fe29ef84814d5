package com.salondesk.domain.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.architecture.fixture.ReachesForJdbc;
import com.salondesk.domain.architecture.fixture.UsesALibrary;
import com.salondesk.domain.tangleda.Ping;
import com.salondesk.domain.tangledb.Pong;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Proves the domain's rules can fail: each is run on classes that break it on purpose. */
class DomainRulesCatchViolationsTest {

    @Test
    void theInfrastructureRuleFlagsADomainClassThatUsesJdbc() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReachesForJdbc.class);

        var result = DomainArchitectureTest.AVOIDS_INFRASTRUCTURE.evaluate(offender);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("java.sql.Connection"));
    }

    @Test
    void theJdkOnlyRuleFlagsADomainClassThatUsesALibrary() {
        JavaClasses offender = new ClassFileImporter().importClasses(UsesALibrary.class);

        var result = DomainArchitectureTest.NEEDS_ONLY_THE_JDK.evaluate(offender);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("org.assertj"));
    }

    @Test
    void theCycleRuleFlagsTwoPackagesThatImportEachOther() {
        JavaClasses offenders = new ClassFileImporter().importClasses(Ping.class, Pong.class);

        var result = DomainArchitectureTest.PACKAGES_FREE_OF_CYCLES.evaluate(offenders);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("tangleda", "tangledb");
    }
}
