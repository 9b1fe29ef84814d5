package com.salondesk.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Proves the layering rules can fail: each is run on a class that breaks it on purpose. */
class LayeringRulesCatchViolationsTest {

    @Test
    void theSqlRuleFlagsAnAppClassThatUsesJdbc() {
        JavaClasses offender = new ClassFileImporter().importClasses(
                com.salondesk.app.architecture.fixture.ReachesForJdbc.class);

        var result = LayeringTest.APP_NEVER_TOUCHES_SQL.evaluate(offender);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("java.sql.Connection"));
    }

    @Test
    void theNodeRuleFlagsAViewModelThatHoldsANode() {
        JavaClasses offender = new ClassFileImporter().importClasses(
                com.salondesk.app.architecture.fixture.LeakyViewModel.class);

        var result = LayeringTest.VIEW_MODELS_NEVER_TOUCH_NODES.evaluate(offender);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("javafx.scene.control.Label"));
    }
}
