package com.salondesk.e2e;

import static com.salondesk.e2e.support.ChainData.LONDON;
import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.SalonDeskLauncher;
import com.salondesk.e2e.support.Chain;
import com.salondesk.e2e.support.Desk;
import com.salondesk.e2e.support.DeskDriver;
import com.salondesk.e2e.support.Eventually;
import com.salondesk.e2e.support.HistorySeeder;
import com.salondesk.e2e.support.JavaProcesses;
import com.salondesk.e2e.support.SameEvents;
import com.salondesk.e2e.support.SyncServerProcess;
import com.salondesk.persistence.event.EventEnvelope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end 4: a new desk being connected with the support command {@code salondesk connect} is killed
 * (SIGKILL) while it downloads the tenant's history (45,000 events: the chain a desk recorded and bookings
 * pushed by a seeding device), and started again: it carries on from what it had stored and ends with every event
 * once, at the server's positions, and a book that shows them all; desk A, live all along, holds the same.
 */
class DeskKilledMidPullTest {

    private static final int EVENTS = 45_000;
    private static final int STYLISTS = 10;
    private static final Pattern DOWNLOADING = Pattern.compile("downloading: (\\d+) of (\\d+) events");
    private static final Pattern RESUMED = Pattern.compile("resumed at (\\d+)");

    @TempDir
    Path folder;

    @Test
    void aDeskKilledInTheMiddleOfItsCatchUpLosesAndDoublesNothing() throws Exception {
        try (SyncServerProcess server = SyncServerProcess.start(folder.resolve("server"), "desk_killed");
             Chain chain = Chain.create(server, folder.resolve("chain"), "desk-a", "seeder", "desk-b")) {
            Desk a = chain.founder("desk-a", STYLISTS, STYLISTS);
            long seeded = new HistorySeeder(chain.tenantId(), chain.deviceId("seeder"), STYLISTS,
                    LocalDate.now(LONDON).plusDays(1)).seed(server.uri(), chain.token("seeder"), EVENTS, 2);
            a.awaitInStepWith(chain.events());
            long head = chain.events().head();

            Path deskB = chain.deskFolder("desk-b");
            Path firstRun = folder.resolve("desk-b-connect.log");
            Process killed = JavaProcesses.start(List.of("-Xmx256m", "-Duser.language=en"),
                    SalonDeskLauncher.class.getName(), List.of("connect", "--server", server.uri().toString(),
                            "--token", chain.token("desk-b"), "--data-dir", deskB.toString()), Map.of(), firstRun);
            Eventually.await("desk B to have downloaded part of the history",
                    () -> lastDownloaded(firstRun).orElse(0) > 0, () -> read(firstRun));
            JavaProcesses.kill(killed);
            assertThat(read(firstRun)).as("killed before it finished").doesNotContain("downloaded");

            JavaProcesses.Finished second = JavaProcesses.run(List.of("-Xmx256m"), DeskDriver.class.getName(),
                    List.of("catch-up", deskB.toString()), Map.of());
            assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
            Matcher resumed = RESUMED.matcher(second.out());
            assertThat(resumed.find()).as(second.out()).isTrue();
            assertThat(Long.parseLong(resumed.group(1))).as("where the second run started")
                    .isPositive().isLessThan(head);
            assertThat(second.out()).contains("caught up " + head);

            List<EventEnvelope> stored = chain.events().all();
            try (Desk b = Desk.open(deskB)) {
                b.backEnd().awaitProjections();
                SameEvents.assertLogHoldsTheServersEvents("desk B", b.log(), stored);
                assertThat(b.backEnd().queries().bookingCount()).isEqualTo(seeded / 3);
            }
            SameEvents.assertLogHoldsTheServersEvents("desk A", a.log(), stored);
        }
    }

    private static OptionalLong lastDownloaded(Path output) {
        Matcher m = DOWNLOADING.matcher(read(output));
        OptionalLong last = OptionalLong.empty();
        while (m.find()) {
            last = OptionalLong.of(Long.parseLong(m.group(1)));
        }
        return last;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
