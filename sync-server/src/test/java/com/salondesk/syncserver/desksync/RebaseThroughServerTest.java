package com.salondesk.syncserver.desksync;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.attention.AttentionKind;
import com.salondesk.domain.branch.Address;
import com.salondesk.domain.branch.BranchCommand;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.schedule.StaffDay;
import com.salondesk.domain.schedule.StaffDayDecider;
import com.salondesk.domain.schedule.StaffDayEvent;
import com.salondesk.domain.service.ServiceCommand;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffCommand;
import com.salondesk.domain.staff.StaffRole;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.read.BookingView;
import com.salondesk.persistence.sync.SyncClient;
import com.salondesk.syncserver.SyncServer;
import com.salondesk.syncserver.support.TestChain;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two desks book the same stylist's time while offline and sync through a real server, in either order: the desk
 * whose booking came second in the server's order decides it again with its own rebase ({@code command.Rebase},
 * what {@code DeskBackEnd.openSync} wires), and ends with exactly one Needs-attention entry; every book shows the
 * winner holding the time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebaseThroughServerTest {

    private static final AtomicInteger TENANTS = new AtomicInteger();
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant SET_UP = Instant.parse("2026-11-01T08:00:00Z");

    private TestChain chain;
    private SyncServer server;

    @TempDir
    Path folder;

    @BeforeAll
    void start() {
        chain = TestChain.create("rebase");
        server = chain.startServer();
    }

    @AfterAll
    void stop() throws Exception {
        chain.close();
    }

    @ParameterizedTest(name = "desk A syncs first: {0}")
    @ValueSource(booleans = {true, false})
    void twoOfflineDesksBookingTheSameSlotEndWithOneEntryOnTheDeskThatLost(boolean deskAFirst) {
        String tenant = "rebase-" + TENANTS.incrementAndGet();
        chain.tenant(tenant);
        String deviceA = tenant + "-desk-a";
        String deviceB = tenant + "-desk-b";
        var settingsA = Desks.settings(server, chain.enrol(tenant, "soho", deviceA).token());
        var settingsB = Desks.settings(server, chain.enrol(tenant, "soho", deviceB).token());
        try (DeskBackEnd deskA = Desks.open(folder.resolve("a"), tenant, deviceA);
             DeskBackEnd deskB = Desks.open(folder.resolve("b"), tenant, deviceB)) {
            SyncClient syncA = deskA.openSync(settingsA);
            SyncClient syncB = deskB.openSync(settingsB);
            String jane = setUpTheSalon(deskA);
            syncA.runRound();
            syncB.runRound();
            String ken = deskB.setup().registerCustomer(Desks.ctx(deskB), new CustomerDetails("Ken Ito",
                    "+44 20 7946 1234", "", "", false), SET_UP);

            // Offline, both desks give Anna's 10:00 away.
            String janes = book(deskA, jane, "10:00", "10:45");
            String kens = book(deskB, ken, "10:15", "11:00");
            if (deskAFirst) {
                syncA.runRound();
                syncB.runRound();
                syncA.runRound();
            } else {
                syncB.runRound();
                syncA.runRound();
                syncB.runRound();
            }
            DeskBackEnd winner = deskAFirst ? deskA : deskB;
            DeskBackEnd loser = deskAFirst ? deskB : deskA;
            String winnersBooking = deskAFirst ? janes : kens;
            String losersBooking = deskAFirst ? kens : janes;
            String losingDevice = deskAFirst ? deviceB : deviceA;
            String winningDevice = deskAFirst ? deviceA : deviceB;

            assertThat(deskA.log().pendingCount()).isZero();
            assertThat(deskB.log().pendingCount()).isZero();
            assertThat(deskA.log().unsettledSuperseded()).isEmpty();
            assertThat(deskB.log().unsettledSuperseded()).isEmpty();
            for (DeskBackEnd desk : List.of(winner, loser)) {
                desk.awaitProjections();
                assertThat(desk.queries().openAttentionCount(winningDevice)).as("no entry for the winner").isZero();
                assertThat(desk.queries().openAttention(losingDevice)).singleElement().satisfies(entry -> {
                    assertThat(entry.kind()).isEqualTo(AttentionKind.BOOKING_TIME_LOST);
                    assertThat(entry.bookingId()).isEqualTo(losersBooking);
                    assertThat(entry.rivalBookingIds()).containsExactly(winnersBooking);
                });
                assertThat(booking(desk, winnersBooking).holdsTime()).as("every book shows the winner").isTrue();
                assertThat(booking(desk, losersBooking).timeLost()).isTrue();
                assertThat(staffDay(desk).reservations()).containsOnlyKeys(winnersBooking);
            }
            // Both logs hold the same events of Anna's day, in the server's order.
            assertThat(deskA.log().readStream(StaffDayDecider.streamId("anna", DAY)))
                    .extracting(e -> e.id()).containsExactlyElementsOf(
                            deskB.log().readStream(StaffDayDecider.streamId("anna", DAY)).stream().map(e -> e.id()).toList());
        }
    }

    /** One branch open every day 9–18, Anna who cuts, and Jane; returns Jane's id. */
    private static String setUpTheSalon(DeskBackEnd desk) {
        WeeklyHours daily = WeeklyHours.on(List.of(DayOfWeek.values()), TimeRange.of("09:00", "18:00"));
        desk.setup().openBranch(Desks.ctx(desk), new BranchCommand.Open("soho", "Soho",
                new Address("1 Dean St", "London", "W1D 3RB", "GB"), "Europe/London", "GBP", daily, SET_UP));
        desk.setup().addService(Desks.ctx(desk), new ServiceCommand.Add("cut", "Cut & finish", "Hair", 45,
                Money.of("55.00", "GBP"), SET_UP));
        desk.setup().hire(Desks.ctx(desk), new StaffCommand.Hire("anna", "soho", "Anna Berg", StaffRole.STYLIST,
                Set.of("cut"), daily, SET_UP));
        return desk.setup().registerCustomer(Desks.ctx(desk), new CustomerDetails("Jane Doe", "+44 20 7946 0000",
                "jane@example.com", "", true), SET_UP);
    }

    private static String book(DeskBackEnd desk, String customerId, String from, String to) {
        return desk.bookings().book(Desks.ctx(desk), new NewBooking(customerId, "soho", "anna", "cut",
                LocalDateTime.of(DAY, java.time.LocalTime.parse(from)), LocalDateTime.of(DAY, java.time.LocalTime.parse(to)),
                false));
    }

    private static BookingView booking(DeskBackEnd desk, String bookingId) {
        return desk.queries().bookingsOn("soho", DAY, LONDON).stream().filter(b -> b.bookingId().equals(bookingId))
                .findFirst().orElseThrow();
    }

    private static StaffDay staffDay(DeskBackEnd desk) {
        return desk.store().load(StaffDayDecider.streamId("anna", DAY), new StaffDayDecider(), StaffDayEvent.class)
                .state();
    }
}
