package com.salondesk.persistence.command;

import static com.salondesk.persistence.command.TwoDesks.DAY;
import static com.salondesk.persistence.command.TwoDesks.book;
import static com.salondesk.persistence.command.TwoDesks.ctxA;
import static com.salondesk.persistence.command.TwoDesks.ctxB;
import static com.salondesk.persistence.command.TwoDesks.customerDay;
import static com.salondesk.persistence.command.TwoDesks.staffDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.attention.Resolution;
import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.booking.CancelReason;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.schedule.StaffDayDecider;
import com.salondesk.domain.schedule.StaffDayEvent;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.read.BookingView;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Desk A lost Jane's 10:00 to desk B's booking of Ken; the front desk deals with the entry. */
class AttentionDeskTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path folderA;
    @TempDir
    Path folderB;

    private TwoDesks desks;
    private String kens;
    private String janes;
    private String entryId;

    @BeforeEach
    void janesTimeWasLost() {
        desks = new TwoDesks(folderA, folderB);
        String ken = desks.deskB.setup().registerCustomer(ctxB(), new CustomerDetails("Ken Ito", "+44 20 7946 1234",
                "", "", false), Instant.parse("2026-11-20T09:00:00Z"));
        kens = book(desks.deskB, ctxB(), ken, "10:00", "10:45");
        janes = book(desks.deskA, ctxA(), desks.chain.customerId, "10:00", "10:45");
        desks.serverTakes(desks.deskB, desks.deskA).superseded().forEach(desks.deskA.rebase()::rebase);
        desks.deskA.awaitProjections();
        entryId = desks.deskA.queries().openAttention(TwoDesks.A.deviceId()).getFirst().entryId();
    }

    @AfterEach
    void close() {
        desks.close();
    }

    private BookingView janesBooking() {
        desks.deskA.awaitProjections();
        return desks.deskA.queries().booking(janes).orElseThrow();
    }

    private Resolution resolution() {
        desks.deskA.awaitProjections();
        return desks.deskA.queries().attention(entryId).orElseThrow().resolution();
    }

    @Test
    void movingTheBookingHoldsTheNewTimeAndResolvesTheEntry() {
        desks.deskA.attention().move(ctxA(), entryId, TestChain.STYLIST, LocalDateTime.of(DAY, java.time.LocalTime.of(11, 0)),
                LocalDateTime.of(DAY, java.time.LocalTime.of(11, 45)));

        assertThat(staffDay(desks.deskA).reservations()).containsOnlyKeys(kens, janes)
                .containsEntry(janes, TimeRange.of("11:00", "11:45"));
        assertThat(customerDay(desks.deskA, desks.chain.customerId).visits())
                .containsEntry(janes, TimeRange.of("11:00", "11:45"));
        BookingView moved = janesBooking();
        assertThat(moved.timeLost()).isFalse();
        assertThat(moved.start()).isEqualTo(LocalDateTime.of(DAY, java.time.LocalTime.of(11, 0)).atZone(LONDON).toInstant());
        assertThat(resolution()).isEqualTo(Resolution.MOVED);
        assertThat(desks.deskA.queries().openAttentionCount(TwoDesks.A.deviceId())).isZero();
    }

    @Test
    void aMoveOntoTakenTimeIsRefusedAndChangesNothing() {
        long events = desks.deskA.log().count();
        assertThatThrownBy(() -> desks.deskA.attention().move(ctxA(), entryId, TestChain.STYLIST,
                LocalDateTime.of(DAY, java.time.LocalTime.of(10, 30)), LocalDateTime.of(DAY, java.time.LocalTime.of(11, 15))))
                .isInstanceOf(DomainRejection.class)
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo(StaffDayDecider.SLOT_TAKEN);
        assertThatThrownBy(() -> desks.deskA.attention().move(ctxA(), entryId, TestChain.STYLIST,
                LocalDateTime.of(DAY, java.time.LocalTime.of(18, 0)), LocalDateTime.of(DAY, java.time.LocalTime.of(18, 45))))
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo("booking.starts-outside-opening-hours");
        assertThat(desks.deskA.log().count()).isEqualTo(events);
        assertThat(resolution()).isNull();
        assertThat(janesBooking().timeLost()).isTrue();
    }

    @Test
    void keepingItAsAnOverbookingHoldsTheTimeAgainOnPurpose() {
        desks.deskA.attention().keepAsOverbook(ctxA(), entryId);

        assertThat(staffDay(desks.deskA).reservations()).containsOnlyKeys(kens, janes);
        RecordedEvent reserved = desks.deskA.log().readStream(StaffDayDecider.streamId(TestChain.STYLIST, DAY)).getLast();
        assertThat(reserved.event()).isInstanceOfSatisfying(StaffDayEvent.SlotReserved.class,
                r -> assertThat(r.overbooked()).isTrue());
        assertThat(customerDay(desks.deskA, desks.chain.customerId).visits()).containsKey(janes);
        assertThat(janesBooking().timeLost()).isFalse();
        assertThat(janesBooking().holdsTime()).isTrue();
        assertThat(resolution()).isEqualTo(Resolution.OVERBOOKED);
    }

    @Test
    void cancellingItLeavesTheTimeToTheWinnerAndResolvesTheEntryOnce() {
        desks.deskA.attention().cancel(ctxA(), entryId, new CancelReason(CancelReason.Category.REBOOKED_ELSEWHERE, ""));

        assertThat(janesBooking().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(staffDay(desks.deskA).reservations()).containsOnlyKeys(kens);
        assertThat(resolution()).isEqualTo(Resolution.CANCELLED);

        assertThatThrownBy(() -> desks.deskA.attention().keepAsOverbook(ctxA(), entryId))
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo("attention.already-resolved");
    }

    @Test
    void anEntryAboutALostBookingIsNotJustDismissed() {
        assertThatThrownBy(() -> desks.deskA.attention().dismiss(ctxA(), entryId))
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo("attention.resolution-does-not-fit");
        assertThatThrownBy(() -> desks.deskA.attention().dismiss(ctxA(), "no-such-entry"))
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo("attention.not-found");
        assertThat(resolution()).isNull();
    }
}
