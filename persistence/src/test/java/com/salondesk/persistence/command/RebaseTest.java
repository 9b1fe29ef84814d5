package com.salondesk.persistence.command;

import static com.salondesk.persistence.command.TwoDesks.DAY;
import static com.salondesk.persistence.command.TwoDesks.book;
import static com.salondesk.persistence.command.TwoDesks.ctxA;
import static com.salondesk.persistence.command.TwoDesks.ctxB;
import static com.salondesk.persistence.command.TwoDesks.customerDay;
import static com.salondesk.persistence.command.TwoDesks.staffDay;
import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.attention.AttentionKind;
import com.salondesk.domain.customer.CustomerCommand;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.schedule.StaffDayDecider;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.desk.PulledEvents;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.desk.SupersededStream;
import com.salondesk.persistence.read.AttentionView;
import com.salondesk.persistence.read.BookingView;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two desks booked offline; the server's order put desk B first; desk A decides its displaced events again. */
class RebaseTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path folderA;
    @TempDir
    Path folderB;

    private TwoDesks desks;
    private String ken;

    @BeforeEach
    void twoDesksOfOneChain() {
        desks = new TwoDesks(folderA, folderB);
        ken = desks.deskB.setup().registerCustomer(ctxB(), new CustomerDetails("Ken Ito", "+44 20 7946 1234", "", "",
                false), NOW);
    }

    @AfterEach
    void close() {
        desks.close();
    }

    private BookingView bookingOn(com.salondesk.persistence.backend.DeskBackEnd desk, String bookingId) {
        desk.awaitProjections();
        return desk.queries().bookingsOn(TestChain.BRANCH, DAY, LONDON).stream()
                .filter(b -> b.bookingId().equals(bookingId)).findFirst().orElseThrow();
    }

    private SupersededStream onlySuperseded(PulledEvents pulled, String streamId) {
        assertThat(pulled.superseded()).extracting(SupersededStream::streamId).containsExactly(streamId);
        return pulled.superseded().getFirst();
    }

    @Test
    void twoDesksBookingTheSameStylistsTimeLeaveExactlyOneEntryOnTheDeskThatLost() {
        String kens = book(desks.deskB, ctxB(), ken, "10:00", "10:45");
        String janes = book(desks.deskA, ctxA(), desks.chain.customerId, "10:15", "11:00");

        PulledEvents pulled = desks.serverTakes(desks.deskB, desks.deskA);
        SupersededStream displaced = onlySuperseded(pulled, StaffDayDecider.streamId(TestChain.STYLIST, DAY));
        desks.deskA.rebase().rebase(displaced);
        desks.deskA.awaitProjections();

        List<AttentionView> entries = desks.deskA.queries().openAttention(TwoDesks.A.deviceId());
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(AttentionKind.BOOKING_TIME_LOST);
            assertThat(entry.bookingId()).isEqualTo(janes);
            assertThat(entry.rivalBookingIds()).containsExactly(kens);
            assertThat(entry.rejectionCode()).isEqualTo(StaffDayDecider.SLOT_TAKEN);
            assertThat(entry.supersededEventId()).isEqualTo(displaced.events().getFirst().id().toString());
            assertThat(entry.supersededType()).isEqualTo("schedule.slot-reserved");
            assertThat(entry.deviceId()).isEqualTo(TwoDesks.A.deviceId());
            assertThat(entry.open()).isTrue();
            assertThat(entry.rejection().text(java.util.Locale.ENGLISH)).startsWith("The stylist is already booked");
        });
        assertThat(desks.deskA.queries().openAttentionCount(TwoDesks.A.deviceId())).isEqualTo(1);
        assertThat(desks.deskA.queries().openAttentionCount(TwoDesks.B.deviceId())).isZero();

        // The winner holds the time; the loser holds none, in the stylist's day or Jane's.
        assertThat(staffDay(desks.deskA).reservations()).containsExactly(Map.entry(kens, TimeRange.of("10:00", "10:45")));
        assertThat(customerDay(desks.deskA, desks.chain.customerId).visits()).doesNotContainKey(janes);
        assertThat(bookingOn(desks.deskA, janes).timeLost()).isTrue();
        assertThat(bookingOn(desks.deskA, janes).holdsTime()).isFalse();
        assertThat(bookingOn(desks.deskA, kens).holdsTime()).isTrue();
        assertThat(desks.deskA.log().unsettledSuperseded()).isEmpty();

        // What the rebase recorded carries the displaced event's user and correlation, caused by it, from desk A.
        RecordedEvent lost = desks.deskA.log().readStream("booking-" + janes).getLast();
        assertThat(lost.type()).isEqualTo("booking.time-lost");
        RecordedEvent original = displaced.events().getFirst();
        assertThat(lost.envelope().metadata().causationId()).isEqualTo(original.id().toString());
        assertThat(lost.envelope().metadata().correlationId())
                .isEqualTo(original.envelope().metadata().correlationId());
        assertThat(lost.envelope().metadata().userId()).isEqualTo("maria");
        assertThat(lost.envelope().metadata().deviceId()).isEqualTo(TwoDesks.A.deviceId());

        // Run again (a crash before the client noticed, or the next start): nothing is doubled.
        long events = desks.deskA.log().count();
        desks.deskA.rebase().rebase(displaced);
        desks.deskA.rebase().rebaseUnsettled();
        assertThat(desks.deskA.log().count()).isEqualTo(events);
        desks.deskA.awaitProjections();
        assertThat(desks.deskA.queries().openAttention(TwoDesks.A.deviceId())).hasSize(1);

        // Desk B learns of it, and shows the same book, but the entry is desk A's to deal with.
        PulledEvents toB = desks.serverTakes(desks.deskA, desks.deskB);
        assertThat(toB.superseded()).isEmpty();
        assertThat(bookingOn(desks.deskB, janes).timeLost()).isTrue();
        assertThat(bookingOn(desks.deskB, kens).holdsTime()).isTrue();
        assertThat(desks.deskB.queries().openAttentionCount(TwoDesks.B.deviceId())).isZero();
        assertThat(staffDay(desks.deskB).reservations()).containsOnlyKeys(kens);
    }

    @Test
    void theSameCustomerBookedWithTheSameStylistOnBothDesksStillMakesOneEntry() {
        String jane = desks.chain.customerId;
        String onB = book(desks.deskB, ctxB(), jane, "10:00", "10:45");
        String onA = book(desks.deskA, ctxA(), jane, "10:00", "10:45");

        PulledEvents pulled = desks.serverTakes(desks.deskB, desks.deskA);
        assertThat(pulled.superseded()).extracting(SupersededStream::streamId).containsExactlyInAnyOrder(
                StaffDayDecider.streamId(TestChain.STYLIST, DAY),
                com.salondesk.domain.schedule.CustomerDayDecider.streamId(jane, DAY));
        pulled.superseded().forEach(desks.deskA.rebase()::rebase);
        desks.deskA.awaitProjections();

        assertThat(desks.deskA.queries().openAttention(TwoDesks.A.deviceId())).singleElement()
                .satisfies(entry -> assertThat(entry.bookingId()).isEqualTo(onA));
        assertThat(staffDay(desks.deskA).reservations()).containsOnlyKeys(onB);
        assertThat(customerDay(desks.deskA, jane).visits()).containsOnlyKeys(onB);
        assertThat(desks.deskA.log().unsettledSuperseded()).isEmpty();
        assertThat(desks.deskA.log().readStream("booking-" + onA)).extracting(RecordedEvent::type)
                .containsOnlyOnce("booking.time-lost");
    }

    @Test
    void aReservationWhoseTimeIsStillFreeIsRecordedAgainAtTheNewVersionWithNoEntry() {
        String kens = book(desks.deskB, ctxB(), ken, "12:00", "12:45");
        String janes = book(desks.deskA, ctxA(), desks.chain.customerId, "10:00", "10:45");

        SupersededStream displaced = onlySuperseded(desks.serverTakes(desks.deskB, desks.deskA),
                StaffDayDecider.streamId(TestChain.STYLIST, DAY));
        desks.deskA.rebase().rebase(displaced);

        assertThat(staffDay(desks.deskA).reservations()).containsOnlyKeys(kens, janes);
        List<RecordedEvent> stream = desks.deskA.log().readStream(StaffDayDecider.streamId(TestChain.STYLIST, DAY));
        assertThat(stream).extracting(RecordedEvent::version).containsExactly(1L, 2L);
        RecordedEvent again = stream.get(1);
        assertThat(again.event()).isEqualTo(displaced.events().getFirst().event());
        assertThat(again.id()).isNotEqualTo(displaced.events().getFirst().id());
        assertThat(again.envelope().metadata().causationId()).isEqualTo(displaced.events().getFirst().id().toString());
        assertThat(desks.deskA.log().unsettledSuperseded()).isEmpty();
        desks.deskA.awaitProjections();
        assertThat(desks.deskA.queries().openAttentionCount(TwoDesks.A.deviceId())).isZero();
        assertThat(bookingOn(desks.deskA, janes).timeLost()).isFalse();

        long events = desks.deskA.log().count();
        desks.deskA.rebase().rebase(displaced);
        assertThat(desks.deskA.log().count()).isEqualTo(events);

        // The re-recorded reservation goes to the server like any other, and desk B's day agrees.
        desks.serverTakes(desks.deskA, desks.deskB);
        assertThat(staffDay(desks.deskB).reservations()).containsOnlyKeys(kens, janes);
        assertThat(desks.deskB.log().readStream(StaffDayDecider.streamId(TestChain.STYLIST, DAY)))
                .extracting(RecordedEvent::event).containsExactlyElementsOf(stream.stream().map(RecordedEvent::event)
                        .toList());
    }

    @Test
    void aBookingCancelledMeanwhileOnlySettles() {
        String kens = book(desks.deskB, ctxB(), ken, "10:00", "10:45");
        String janes = book(desks.deskA, ctxA(), desks.chain.customerId, "10:00", "10:45");
        desks.deskA.bookings().cancel(ctxA(), janes, "customer rang to cancel");

        var pulled = desks.serverTakes(desks.deskB, desks.deskA);
        for (SupersededStream displaced : pulled.superseded()) {
            desks.deskA.rebase().rebase(displaced);
        }

        desks.deskA.awaitProjections();
        assertThat(desks.deskA.queries().openAttentionCount(TwoDesks.A.deviceId())).isZero();
        assertThat(staffDay(desks.deskA).reservations()).containsOnlyKeys(kens);
        assertThat(desks.deskA.log().unsettledSuperseded()).isEmpty();
        assertThat(desks.deskA.log().readStream("booking-" + janes)).extracting(RecordedEvent::type)
                .doesNotContain("booking.time-lost");
    }

    @Test
    void twoDesksEditingOneCustomerMergePerFieldTheServersOrderDeciding() {
        String jane = desks.chain.customerId;
        var before = new CustomerDetails("Jane Doe", "+44 20 7946 0000", "jane@example.com", "", true);
        // Desk B corrects the e-mail and the name; desk A, offline, the phone and the name.
        desks.deskB.setup().changeCustomerDetails(ctxB(), new CustomerCommand.ChangeDetails(jane,
                new CustomerDetails("Jane Doe-Smith", before.phone(), "jane.doe@example.com", "", true), NOW));
        desks.deskA.setup().changeCustomerDetails(ctxA(), new CustomerCommand.ChangeDetails(jane,
                new CustomerDetails("Jane Smith", "+44 20 7946 9999", before.email(), "", true), NOW));

        SupersededStream displaced = onlySuperseded(desks.serverTakes(desks.deskB, desks.deskA), "customer-" + jane);
        desks.deskA.rebase().rebase(displaced);
        desks.deskA.awaitProjections();

        var merged = desks.deskA.queries().customer(jane).orElseThrow();
        assertThat(merged.phone()).as("only desk A changed it").isEqualTo("+44 20 7946 9999");
        assertThat(merged.email()).as("only desk B changed it").isEqualTo("jane.doe@example.com");
        assertThat(merged.name()).as("both changed it; desk A's came later in the server's order").isEqualTo("Jane Smith");
        assertThat(desks.deskA.queries().openAttentionCount(TwoDesks.A.deviceId())).isZero();

        desks.serverTakes(desks.deskA, desks.deskB);
        desks.deskB.awaitProjections();
        assertThat(desks.deskB.queries().customer(jane)).contains(merged);
    }

    @Test
    void aChangeTheDomainNowRefusesBecomesAnEntryToDismiss() {
        String janes = book(desks.deskA, ctxA(), desks.chain.customerId, "10:00", "10:45");
        desks.serverTakes(desks.deskA, desks.deskB);
        // Desk B cancels the booking; desk A, offline, checks Jane in as of 09:50 on the day.
        desks.deskB.bookings().cancel(ctxB(), janes, "double booked by mistake");
        desks.deskA.store().execute(ctxA(), "booking-" + janes, new com.salondesk.domain.booking.BookingDecider(),
                com.salondesk.domain.booking.BookingEvent.class, new com.salondesk.domain.booking.BookingCommand.CheckIn(
                        janes, "maria", Instant.parse("2026-12-01T09:50:00Z")));

        SupersededStream displaced = onlySuperseded(desks.serverTakes(desks.deskB, desks.deskA), "booking-" + janes);
        desks.deskA.rebase().rebase(displaced);
        desks.deskA.awaitProjections();

        assertThat(desks.deskA.queries().openAttention(TwoDesks.A.deviceId())).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(AttentionKind.CHANGE_REFUSED);
            assertThat(entry.bookingId()).isEqualTo(janes);
            assertThat(entry.rejectionCode()).isEqualTo("booking.cannot-check-in");
            assertThat(entry.supersededType()).isEqualTo("booking.checked-in");
        });
        String entryId = desks.deskA.queries().openAttention(TwoDesks.A.deviceId()).getFirst().entryId();
        desks.deskA.attention().dismiss(ctxA(), entryId);
        desks.deskA.awaitProjections();
        assertThat(desks.deskA.queries().openAttentionCount(TwoDesks.A.deviceId())).isZero();
        assertThat(desks.deskA.queries().attention(entryId).orElseThrow().resolution())
                .isEqualTo(com.salondesk.domain.attention.Resolution.DISMISSED);
    }
}
