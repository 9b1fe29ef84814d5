package com.salondesk.app.start;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.demo.DemoChain;
import com.salondesk.domain.tenant.TenantDecider;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.desk.SyncStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code salondesk demo}, run as the launcher runs it, on real data folders. */
class DemoCommandTest {

    @TempDir
    Path home;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int demo(String... args) {
        out.reset();
        err.reset();
        return SupportCommand.read(List.of(args), Map.of(), home).run(
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aNewFolderBecomesADemoDeskAndADeskThatHoldsEventsIsRefusedUntouched() {
        Path folder = home.resolve("training");

        assertThat(demo("demo", "--data-dir", folder.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();

        DeskIdentity identity;
        List<RecordedEvent> recorded;
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            identity = desk.identity().read().orElseThrow();
            assertThat(identity.tenantId()).isEqualTo(DemoChain.TENANT);
            assertThat(desk.queries().customerCount()).isEqualTo(DemoChain.CUSTOMERS);
            recorded = desk.log().readAfter(0, 100_000);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Opening the branches…")
                .contains("Recorded the demo chain: " + recorded.size() + " events in " + folder + ", as desk "
                          + identity.deviceId() + " of tenant demo-salons (branch shoreditch).");

        assertThat(demo("demo", "--data-dir", folder.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("salondesk: This desk already holds "
                + recorded.size() + " events; demo data goes into an empty desk. Nothing was recorded in " + folder);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            assertThat(desk.log().readAfter(0, 100_000)).as("the log as it was").isEqualTo(recorded);
            assertThat(desk.identity().read()).contains(identity);
        }
    }

    @Test
    void aDeskWithAnIdentityButNoEventsRecordsTheDemoAsItsOwnEvents() {
        Path folder = home.resolve("connected");
        // What connecting an empty desk to a chain's sync server leaves: an identity and an empty log.
        DeskIdentity chainDesk = new DeskIdentity("acme-salons", "soho", "desk-soho-7");
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            desk.identity().initialise(chainDesk);
        }

        assertThat(demo("demo", "--data-dir", folder.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Recorded the demo chain as this desk's own events")
                .contains("as desk desk-soho-7 of tenant acme-salons (branch soho)");
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            assertThat(desk.identity().read()).contains(chainDesk);
            List<RecordedEvent> events = desk.log().readAfter(0, 100_000);
            assertThat(events).hasSizeGreaterThan(DemoChain.CUSTOMERS);
            assertThat(events).extracting(e -> e.envelope().metadata()).allSatisfy(m -> {
                assertThat(m.tenantId()).isEqualTo("acme-salons");
                assertThat(m.branchId()).isEqualTo("soho");
                assertThat(m.deviceId()).isEqualTo("desk-soho-7");
            });
            assertThat(events).extracting(RecordedEvent::syncStatus).as("waiting for the next sync")
                    .containsOnly(SyncStatus.PENDING);
            assertThat(events).extracting(RecordedEvent::tenantId).containsOnly("acme-salons");
            assertThat(events.getFirst().streamId()).isEqualTo(TenantDecider.streamId("acme-salons"));
            assertThat(desk.queries().customerCount()).isEqualTo(DemoChain.CUSTOMERS);
        }
    }

    @Test
    void wrongWordsAndHelp() {
        Path folder = home.resolve("untouched");

        assertThat(demo("demo", "now", "--data-dir", folder.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("salondesk: demo takes no other words.")
                .contains("Usage: salondesk demo [--data-dir <folder>]");
        assertThat(folder).doesNotExist();

        assertThat(demo("demo", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: salondesk demo", "event log is empty",
                "Exit status: 0 recorded, 1 refused");
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void theLauncherKnowsEveryCommandOfTheChain() {
        for (String command : List.of("status", "rebuild", "connect", "sync", "log", "demo")) {
            assertThat(SupportCommand.isWanted(List.of(command))).as(command).isTrue();
            assertThat(SupportCommand.usage()).contains("salondesk " + command + " ");
        }
    }
}
