package com.salondesk.syncserver.desksync;

import static com.salondesk.syncserver.desksync.Desks.await;
import static com.salondesk.syncserver.desksync.Desks.book;
import static com.salondesk.syncserver.desksync.Desks.newBookingId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.shared.Money;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.desk.StreamAppend;
import com.salondesk.persistence.desk.SupersededStream;
import com.salondesk.persistence.desk.SyncStatus;
import com.salondesk.persistence.event.EventEnvelope;
import com.salondesk.persistence.runtime.RetryPolicy;
import com.salondesk.persistence.sync.DeviceRevoked;
import com.salondesk.persistence.sync.PullResponse;
import com.salondesk.persistence.sync.SyncClient;
import com.salondesk.persistence.sync.SyncRound;
import com.salondesk.persistence.sync.SyncServerApi;
import com.salondesk.persistence.sync.SyncSettings;
import com.salondesk.persistence.sync.SyncState;
import com.salondesk.persistence.sync.SyncState.Connection;
import com.salondesk.syncserver.SyncServer;
import com.salondesk.syncserver.config.SyncServerConfig;
import com.salondesk.syncserver.support.TestChain;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The desk's sync client against a real sync server on embedded PostgreSQL, desks on H2 logs of their own. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskSyncTest {

    private static final AtomicInteger TENANTS = new AtomicInteger();

    private TestChain chain;
    private SyncServer server;

    @TempDir
    Path folder;

    @BeforeAll
    void start() {
        chain = TestChain.create("desksync");
        server = chain.startServer();
    }

    @AfterAll
    void stop() throws Exception {
        chain.close();
    }

    private String newTenant() {
        String tenant = "chain-" + TENANTS.incrementAndGet();
        chain.tenant(tenant);
        return tenant;
    }

    private String enrol(String tenant, String device) {
        return chain.enrol(tenant, "soho", device).token();
    }

    /** Everything the server holds for a tenant, through a desk's token. */
    private List<EventEnvelope> serverLog(SyncSettings settings) {
        try (SyncServerApi api = new SyncServerApi(settings, com.salondesk.persistence.event.Json.mapper())) {
            List<EventEnvelope> all = new ArrayList<>();
            long after = 0;
            while (true) {
                PullResponse page = api.pull(after, 1000);
                all.addAll(page.events());
                if (page.events().isEmpty() || page.events().getLast().globalPosition() >= page.head()) {
                    return all;
                }
                after = page.events().getLast().globalPosition();
            }
        }
    }

    private static Map<UUID, Long> globalPositions(DeskBackEnd desk) {
        return desk.log().readAfter(0, 100_000).stream().filter(e -> e.globalPosition() != null)
                .collect(Collectors.toMap(RecordedEvent::id, RecordedEvent::globalPosition));
    }

    @Test
    void aBookingOnOneDeskReachesTheOtherDesksBookLiveAndTheirLogsAgree() {
        String tenant = newTenant();
        SyncSettings a = Desks.settings(server, enrol(tenant, tenant + "-desk-a"));
        SyncSettings b = Desks.settings(server, enrol(tenant, tenant + "-desk-b"));
        try (DeskBackEnd deskA = Desks.open(folder.resolve("a"), tenant, tenant + "-desk-a");
             DeskBackEnd deskB = Desks.open(folder.resolve("b"), tenant, tenant + "-desk-b")) {
            String first = newBookingId();
            book(deskA, first);
            SyncClient syncA = deskA.startSync(a);
            SyncClient syncB = deskB.startSync(b);

            await("desk B's book shows desk A's booking", () -> bookingCount(deskB) == 1);
            await("both desks online", () -> syncA.state().connection() == Connection.ONLINE
                    && syncB.state().connection() == Connection.ONLINE);

            // Both are live now: a booking on B reaches A through the live channel, without a round asked for.
            String second = newBookingId();
            book(deskB, second);
            await("desk A's book shows desk B's booking", () -> bookingCount(deskA) == 2);
            await("both logs hold both events, synced", () -> deskA.log().pendingCount() == 0
                    && deskB.log().pendingCount() == 0 && deskA.log().count() == 2 && deskB.log().count() == 2
                    && syncA.state().lag() == 0 && syncB.state().lag() == 0);

            List<EventEnvelope> onServer = serverLog(a);
            assertThat(onServer).hasSize(2);
            Map<UUID, Long> expected = onServer.stream()
                    .collect(Collectors.toMap(EventEnvelope::id, EventEnvelope::globalPosition));
            assertThat(globalPositions(deskA)).isEqualTo(expected);
            assertThat(globalPositions(deskB)).isEqualTo(expected);
            assertThat(deskB.log().readStream("booking-" + first).getFirst().envelope().withGlobalPosition(0))
                    .isEqualTo(deskA.log().readStream("booking-" + first).getFirst().envelope().withGlobalPosition(0));
            SyncState state = syncA.state();
            assertThat(state.lastSuccess()).isNotNull();
            assertThat(state.pulledThrough()).isEqualTo(state.serverHead()).isEqualTo(2);
        }
    }

    private static int bookingCount(DeskBackEnd desk) {
        return desk.queries().bookingsOn("soho", LocalDate.parse("2026-12-01"), ZoneId.of("Europe/London")).size();
    }

    @Test
    void aPushWhoseAnswerWasLostIsAnsweredDuplicateAndNothingIsDoubled() {
        String tenant = newTenant();
        SyncSettings settings = Desks.settings(server, enrol(tenant, tenant + "-desk-a"));
        try (DeskBackEnd desk = Desks.open(folder, tenant, tenant + "-desk-a")) {
            book(desk, newBookingId());
            book(desk, newBookingId());
            // The push reached the server, its answer never reached the desk: the events are still pending here.
            try (SyncServerApi api = new SyncServerApi(settings, desk.types().json())) {
                api.push(desk.log().pendingEvents(10).stream().map(e -> api.encode(e.envelope())).toList());
            }
            assertThat(desk.log().pendingCount()).isEqualTo(2);

            SyncRound round = desk.openSync(settings).runRound();

            assertThat(round.pushed()).isEqualTo(2);
            assertThat(round.pulled()).isZero(); // its own events came back and were recognised
            assertThat(round.pending()).isZero();
            assertThat(desk.log().count()).isEqualTo(2);
            assertThat(serverLog(settings)).hasSize(2);
            assertThat(desk.log().readAfter(0, 10)).extracting(RecordedEvent::syncStatus).containsOnly(SyncStatus.SYNCED);
            assertThat(desk.log().pulledThrough()).isEqualTo(2);
        }
    }

    @Test
    void aConflictMovesThePendingEventsAsideAndHandsThemToTheRebaser() {
        String tenant = newTenant();
        SyncSettings a = Desks.settings(server, enrol(tenant, tenant + "-desk-a"));
        SyncSettings b = Desks.settings(server, enrol(tenant, tenant + "-desk-b"));
        String shared = newBookingId();
        try (DeskBackEnd deskA = Desks.open(folder.resolve("a"), tenant, tenant + "-desk-a");
             DeskBackEnd deskB = Desks.open(folder.resolve("b"), tenant, tenant + "-desk-b")) {
            // Both desks, offline, record version 1 of the same stream; B also records its version 2.
            RecordedEvent winner = book(deskA, shared);
            RecordedEvent lost = book(deskB, shared);
            RecordedEvent lostNext = deskB.log().append(Desks.ctx(deskB), new StreamAppend("booking-" + shared, 1,
                    List.of(new BookingEvent.Confirmed(shared)))).getFirst();
            RecordedEvent unrelated = book(deskB, newBookingId());
            deskB.awaitProjections();
            assertThat(bookingCount(deskB)).isEqualTo(2);
            List<SupersededStream> rebased = Collections.synchronizedList(new ArrayList<>());

            deskA.openSync(a).runRound();
            SyncRound round = deskB.openSync(b, stream -> {
                rebased.add(stream);
                deskB.log().settle(stream.events().stream().map(RecordedEvent::id).toList());
            }).runRound();

            assertThat(round.conflicts()).isEqualTo(2);
            assertThat(round.pending()).isZero();
            assertThat(rebased).singleElement().satisfies(s -> {
                assertThat(s.streamId()).isEqualTo("booking-" + shared);
                assertThat(s.events()).containsExactly(lost, lostNext);
            });
            assertThat(deskB.log().readStream("booking-" + shared)).extracting(RecordedEvent::id).containsExactly(winner.id());
            assertThat(deskB.log().unsettledSuperseded()).isEmpty();
            assertThat(deskB.log().readStream(unrelated.streamId()).getFirst().syncStatus()).isEqualTo(SyncStatus.SYNCED);
            // The book was rebuilt without the displaced booking: it shows A's and B's unrelated one.
            deskB.awaitProjections();
            assertThat(bookingCount(deskB)).isEqualTo(2);
            assertThat(serverLog(b)).extracting(EventEnvelope::id).containsExactlyInAnyOrder(winner.id(), unrelated.id());
        }
    }

    @Test
    void whileTheServerIsDownTheDeskWorksOnAndBacksOffThenEverythingSyncs() throws Exception {
        String tenant = newTenant();
        SyncServerConfig defaults = SyncServerConfig.defaults(Path.of("unused"));
        SyncServer own = chain.startServer(defaults);
        int port = own.port();
        SyncSettings settings = Desks.settings(own, enrol(tenant, tenant + "-desk-a"));
        RetryPolicy quick = new RetryPolicy(Integer.MAX_VALUE, Duration.ofMillis(50), Duration.ofMillis(400));
        try (DeskBackEnd desk = Desks.open(folder, tenant, tenant + "-desk-a");
             SyncClient sync = new SyncClient(desk.log(), desk.bus(), new SyncServerApi(settings, desk.types().json()),
                     stream -> { }, streams -> { }, Clock.systemUTC(), quick)) {
            List<SyncState> offline = Collections.synchronizedList(new ArrayList<>());
            sync.onChange(s -> {
                if (s.connection() == Connection.OFFLINE) {
                    offline.add(s);
                }
            });
            sync.start();
            book(desk, newBookingId());
            await("online and synced", () -> sync.state().connection() == Connection.ONLINE && sync.state().pending() == 0);

            own.close();
            for (int i = 0; i < 20; i++) {
                book(desk, newBookingId());
            }
            await("offline", () -> sync.state().connection() == Connection.OFFLINE);
            Thread.sleep(2000);
            int attempts = offline.size();
            assertThat(sync.state().pending()).isEqualTo(20);
            assertThat(sync.state().problem()).contains("127.0.0.1:" + port);
            // Attempts paced by the backoff (at most 0.4 s apart after the first few), not a hot loop.
            assertThat(attempts).isBetween(2, 40);

            SyncServer back = chain.startServer(new SyncServerConfig(defaults.host(), port, defaults.database(),
                    defaults.dataFolder(), defaults.embeddedPort(), defaults.tls(), defaults.limits(), defaults.live(),
                    defaults.partitionsAhead()));
            await("everything synced after the server came back", () -> sync.state().connection() == Connection.ONLINE
                    && sync.state().pending() == 0 && sync.state().lag() == 0);
            assertThat(serverLog(settings)).hasSize(21);
            assertThat(desk.log().count()).isEqualTo(21);
            back.close();
        }
    }

    @Test
    void syncStoppedAndStartedAgainPicksUpWhatWasRecordedMeanwhile() {
        String tenant = newTenant();
        SyncSettings settings = Desks.settings(server, enrol(tenant, tenant + "-desk-a"));
        try (DeskBackEnd desk = Desks.open(folder, tenant, tenant + "-desk-a")) {
            SyncClient first = desk.startSync(settings);
            await("online", () -> first.state().connection() == Connection.ONLINE);

            desk.stopSync();
            book(desk, newBookingId());

            assertThat(desk.sync()).isEmpty();
            assertThat(desk.log().pendingCount()).isEqualTo(1);
            SyncClient again = desk.startSync(settings);
            await("synced by the new client", () -> again.state().pending() == 0
                    && again.state().connection() == Connection.ONLINE);
            assertThat(serverLog(settings)).hasSize(1);
        }
    }

    @Test
    void aRevokedDeskStopsSyncingSaysSoAndKeepsItsData() {
        String tenant = newTenant();
        SyncSettings settings = Desks.settings(server, enrol(tenant, tenant + "-desk-a"));
        try (DeskBackEnd desk = Desks.open(folder, tenant, tenant + "-desk-a")) {
            book(desk, newBookingId());
            SyncClient sync = desk.startSync(settings);
            await("synced", () -> sync.state().connection() == Connection.ONLINE && sync.state().pending() == 0);

            chain.store().directory().revokeDevice(tenant + "-desk-a");
            book(desk, newBookingId());

            await("revoked", () -> sync.state().connection() == Connection.REVOKED);
            assertThat(sync.state().problem()).contains("revoked");
            assertThat(desk.log().count()).isEqualTo(2);
            assertThat(sync.state().pending()).isEqualTo(1);
            assertThatThrownBy(sync::runRound).isInstanceOf(DeviceRevoked.class);
        }
    }

    @Test
    void eventsTheServerRefusesAreMarkedAndEverythingElseFlows() {
        String tenant = newTenant();
        SyncSettings settings = Desks.settings(server, enrol(tenant, tenant + "-desk-a"));
        try (DeskBackEnd desk = Desks.open(folder, tenant, tenant + "-desk-a")) {
            RecordedEvent good = book(desk, newBookingId());
            // A stream id the protocol does not allow (it must start with a letter): the server refuses the batch.
            String badId = newBookingId();
            Instant start = Instant.parse("2026-12-01T12:00:00Z");
            RecordedEvent bad = desk.log().append(Desks.ctx(desk), new StreamAppend("9 booking " + badId, 0,
                    List.of(BookingEvent.Created.single(badId, "c1", "soho", "anna", "cut", start,
                            start.plusSeconds(2700), Money.of("55.00", "GBP"))))).getFirst();
            RecordedEvent follower = desk.log().append(Desks.ctx(desk), new StreamAppend("9 booking " + badId, 1,
                    List.of(new BookingEvent.Confirmed(badId)))).getFirst();
            RecordedEvent alsoGood = book(desk, newBookingId());

            SyncRound round = desk.openSync(settings).runRound();

            assertThat(round.pending()).isZero();
            assertThat(round.pushed()).isEqualTo(2);
            assertThat(desk.log().rejectedEvents()).extracting(RecordedEvent::id).containsExactly(bad.id(), follower.id());
            assertThat(desk.log().rejectionReasons().get(bad.id())).contains("streamId");
            assertThat(desk.log().rejectionReasons().get(follower.id())).isNotBlank();
            assertThat(serverLog(settings)).extracting(EventEnvelope::id).containsExactly(good.id(), alsoGood.id());
            assertThat(desk.sync().orElseThrow().state().rejected()).isEqualTo(2);
        }
    }
}
