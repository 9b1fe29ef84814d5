package com.salondesk.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.architecture.fixture.CallsTheSyncServer;
import com.salondesk.app.architecture.fixture.ListensOnTheBus;
import com.salondesk.app.architecture.fixture.ReadsTheLog;
import com.salondesk.app.architecture.fixture.cycle.left.Left;
import com.salondesk.app.architecture.fixture.cycle.right.Right;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
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

    @Test
    void theCycleRuleFlagsTwoPackagesThatImportEachOther() {
        var result = LayeringTest.APP_PACKAGES_FREE_OF_CYCLES.evaluate(
                new ClassFileImporter().importClasses(Left.class, Right.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(details(result)).anyMatch(line -> line.contains("fixture.cycle.left.Left"));
    }

    @Test
    void theScreensRuleFlagsAScreenThatReadsTheLog() {
        var result = LayeringTest.SCREENS_OFF_THE_LOG_AND_THE_BUS.evaluate(
                new ClassFileImporter().importClasses(ReadsTheLog.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(details(result)).anyMatch(line -> line.contains("DeskBackEnd"))
                .anyMatch(line -> line.contains("RecordedEvent"));
    }

    @Test
    void theScreensRuleFlagsAScreenThatListensOnTheBus() {
        var result = LayeringTest.SCREENS_OFF_THE_LOG_AND_THE_BUS.evaluate(
                new ClassFileImporter().importClasses(ListensOnTheBus.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(details(result)).anyMatch(line -> line.contains("com.google.common.eventbus.EventBus"));
    }

    @Test
    void thePersistenceRuleFlagsAnythingButTheAdaptersReachingPersistence() {
        var result = LayeringTest.ONLY_THE_ADAPTERS_USE_PERSISTENCE.evaluate(
                new ClassFileImporter().importClasses(ReadsTheLog.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(details(result)).anyMatch(line -> line.contains("com.salondesk.persistence.backend.DeskBackEnd"));
    }

    @Test
    void theSyncServerRuleFlagsAnAppClassThatUsesTheServer() {
        var result = LayeringTest.APP_NEVER_MEETS_THE_SYNC_SERVER.evaluate(
                new ClassFileImporter().importClasses(CallsTheSyncServer.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(details(result)).anyMatch(line -> line.contains("com.salondesk.syncserver.fixture.ServerOnly"));
    }

    private static java.util.List<String> details(EvaluationResult result) {
        return result.getFailureReport().getDetails();
    }
}
