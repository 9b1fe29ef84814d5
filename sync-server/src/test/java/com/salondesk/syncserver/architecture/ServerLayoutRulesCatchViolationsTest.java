package com.salondesk.syncserver.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.syncserver.architecture.fixture.ReachesIntoTheApp;
import com.salondesk.syncserver.architecture.fixture.cycle.orders.Order;
import com.salondesk.syncserver.architecture.fixture.cycle.payments.Payment;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Proves the layout rules can fail: each is run on classes that break it on purpose. */
class ServerLayoutRulesCatchViolationsTest {

    @Test
    void theCycleRuleFlagsTwoPackagesThatImportEachOther() {
        JavaClasses offenders = new ClassFileImporter().importClasses(Order.class, Payment.class);

        var result = ServerLayoutTest.PACKAGES_FREE_OF_CYCLES.evaluate(offenders);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("fixture.cycle.orders") && line.contains("fixture.cycle.payments"));
    }

    @Test
    void theAppRuleFlagsAServerClassThatUsesAnAppClass() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReachesIntoTheApp.class);

        var result = ServerLayoutTest.NEVER_MEETS_THE_APP.evaluate(offender);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("com.salondesk.app.fixture.AppointmentBookScreen"));
    }
}
