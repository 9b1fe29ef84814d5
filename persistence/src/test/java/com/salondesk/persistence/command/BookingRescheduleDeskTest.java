package com.salondesk.persistence.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffCommand;
import com.salondesk.domain.staff.StaffRole;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.read.BookingView;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moving, resizing and editing a booking on a real desk log, and undoing a move by moving it back. */
class BookingRescheduleDeskTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path folder;
    private DeskBackEnd desk;
    private TestChain chain;

    @BeforeEach
    void open() {
        desk = DeskBackEnd.open(folder, TestChain.clockFrom("2026-12-01T09:00:00Z"));
        chain = TestChain.setUp(desk);
        desk.setup().hire(TestChain.ctx(), new StaffCommand.Hire("ben", TestChain.BRANCH, "Ben Ode", StaffRole.BARBER,
                Set.of(TestChain.CUT), WeeklyHours.on(List.of(DayOfWeek.values()), TimeRange.of("09:00", "18:00")),
                Instant.parse("2026-11-01T08:00:00Z")));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private String book(String staffId, String start, String end) {
        return desk.bookings().book(TestChain.ctx(), new NewBooking(chain.customerId, TestChain.BRANCH, staffId,
                TestChain.CUT, LocalDateTime.parse("2026-12-01T" + start), LocalDateTime.parse("2026-12-01T" + end),
                false));
    }

    private void reschedule(String id, String staffId, String start, String end) {
        desk.bookings().reschedule(TestChain.ctx(), id, staffId, LocalDateTime.parse("2026-12-01T" + start),
                LocalDateTime.parse("2026-12-01T" + end));
    }

    private BookingView shown(String id) {
        desk.awaitProjections();
        return desk.queries().booking(id).orElseThrow();
    }

    private static String local(Instant at) {
        return at.atZone(LONDON).toLocalTime().toString();
    }

    @Test
    void aMoveToAnotherStylistAndTimeGivesTheOldTimeBackAndHoldsTheNewOne() {
        String id = book(TestChain.STYLIST, "10:00", "10:45");

        reschedule(id, "ben", "14:00", "14:45");

        BookingView moved = shown(id);
        assertThat(moved.staffId()).isEqualTo("ben");
        assertThat(local(moved.start()) + "–" + local(moved.end())).isEqualTo("14:00–14:45");
        assertThat(desk.log().readStream("booking-" + id).getLast().envelope().type()).isEqualTo("booking.rescheduled");
        assertThat(desk.log().readStream("schedule-anna-2026-12-01").getLast().envelope().type())
                .isEqualTo("schedule.slot-released");
        // Anna's 10:00 is free again; Ben's 14:00 is not (and the customer is there then).
        book(TestChain.STYLIST, "10:00", "10:45");
        assertThatThrownBy(() -> book("ben", "14:15", "15:00")).isInstanceOf(DomainRejection.class);
    }

    @Test
    void theLiveAvailabilityFollowsTheMove() {
        String id = book(TestChain.STYLIST, "10:00", "10:45");
        reschedule(id, "ben", "14:00", "14:45");

        var date = java.time.LocalDate.parse("2026-12-01");
        assertThat(desk.availability().dayPicture(TestChain.BRANCH, "ben", date))
                .anySatisfy(s -> {
                    assertThat(s.bookingId()).isEqualTo(id);
                    assertThat(s.from()).isEqualTo(java.time.LocalTime.of(14, 0));
                });
        assertThat(desk.availability().dayPicture(TestChain.BRANCH, TestChain.STYLIST, date))
                .noneMatch(s -> id.equals(s.bookingId()));
    }

    @Test
    void aMoveIntoTakenTimeIsRefusedInTheStylistsNameAndRecordsNothing() {
        String early = book("ben", "11:00", "11:45");
        String id = book(TestChain.STYLIST, "12:00", "12:45");
        long before = desk.log().count();

        assertThatThrownBy(() -> reschedule(id, "ben", "11:30", "12:15"))
                .isInstanceOfSatisfying(DomainRejection.class, r -> {
                    assertThat(r.code()).isEqualTo("booking.stylist-already-booked");
                    assertThat(r.text(Locale.UK)).isEqualTo("Ben Ode is already booked 11:00–11:45.");
                });
        assertThat(desk.log().count()).as("nothing recorded").isEqualTo(before);
        assertThat(shown(id).staffId()).isEqualTo(TestChain.STYLIST);
        assertThat(early).isNotEqualTo(id);
    }

    @Test
    void aMoveBreakingABookingRuleIsRefusedLikeANewBooking() {
        String id = book(TestChain.STYLIST, "12:00", "12:45");
        long before = desk.log().count();
        assertThatThrownBy(() -> reschedule(id, "ben", "17:30", "18:15"))
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo("booking.ends-after-closing");
        assertThatThrownBy(() -> reschedule(id, TestChain.STYLIST, "08:00", "08:45"))
                .isInstanceOf(DomainRejection.class);
        assertThat(desk.log().count()).isEqualTo(before);
    }

    @Test
    void aMoveIsCheckedByTheAvailabilityRulesToo() {
        String id = book(TestChain.STYLIST, "10:00", "10:45");
        desk.availabilitySetup().staff(TestChain.ctx(), new StaffCommand.ChangeBreaks("ben",
                WeeklyHours.on(List.of(DayOfWeek.values()), TimeRange.of("13:00", "14:00")),
                Instant.parse("2026-11-01T08:00:00Z")));
        long before = desk.log().count();

        assertThatThrownBy(() -> reschedule(id, "ben", "12:30", "13:15"))
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo("booking.falls-on-break");
        assertThat(desk.log().count()).isEqualTo(before);
        reschedule(id, "ben", "14:00", "14:45");
        assertThat(shown(id).staffId()).isEqualTo("ben");
    }

    @Test
    void theResourceTheServiceNeedsMovesWithIt() {
        desk.availabilitySetup().branch(TestChain.ctx(), new com.salondesk.domain.branch.BranchCommand.AddResource(
                TestChain.BRANCH, "basin", "Basin", 1, Instant.parse("2026-11-01T08:00:00Z")));
        desk.availabilitySetup().service(TestChain.ctx(), new com.salondesk.domain.service.ServiceCommand
                .ChangeResources(TestChain.CUT, List.of("basin"), Instant.parse("2026-11-01T08:00:00Z")));
        String id = book(TestChain.STYLIST, "10:00", "10:45");
        String tom = desk.setup().registerCustomer(TestChain.ctx(), new com.salondesk.domain.customer.CustomerDetails(
                "Tom Ray", "07700 900222", "", "", false), Instant.parse("2026-11-01T08:00:00Z"));
        String bens = desk.bookings().book(TestChain.ctx(), new NewBooking(tom, TestChain.BRANCH, "ben",
                TestChain.CUT, LocalDateTime.parse("2026-12-01T11:00"), LocalDateTime.parse("2026-12-01T11:45"), false));
        long before = desk.log().count();

        assertThatThrownBy(() -> reschedule(id, TestChain.STYLIST, "11:15", "12:00"))
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo("resource.full");
        assertThat(desk.log().count()).isEqualTo(before);
        reschedule(id, TestChain.STYLIST, "12:00", "12:45");

        var basin = desk.log().readStream("resource-soho-basin-2026-12-01");
        assertThat(basin.subList(basin.size() - 2, basin.size())).extracting(r -> r.envelope().type())
                .containsExactly("resource.released", "resource.reserved");
        // The basin is free at 10:00 again.
        book("ben", "10:00", "10:45");
        assertThat(bens).isNotEqualTo(id);
    }

    @Test
    void aResizeKeepsTheStartAndHoldsTheNewLengthInBothDays() {
        String id = book(TestChain.STYLIST, "10:00", "10:45");

        reschedule(id, TestChain.STYLIST, "10:00", "11:30");

        assertThat(local(shown(id).end())).isEqualTo("11:30");
        var staffDay = desk.log().readStream("schedule-anna-2026-12-01");
        assertThat(staffDay.subList(staffDay.size() - 2, staffDay.size()))
                .extracting(r -> r.envelope().type())
                .containsExactly("schedule.slot-released", "schedule.slot-reserved");
        assertThatThrownBy(() -> book(TestChain.STYLIST, "11:00", "11:30")).isInstanceOf(DomainRejection.class);
    }

    @Test
    void undoIsMovingItBack() {
        String id = book(TestChain.STYLIST, "10:00", "10:45");
        reschedule(id, "ben", "15:00", "15:45");

        reschedule(id, TestChain.STYLIST, "10:00", "10:45");

        BookingView back = shown(id);
        assertThat(back.staffId()).isEqualTo(TestChain.STYLIST);
        assertThat(local(back.start())).isEqualTo("10:00");
        book("ben", "15:00", "15:45");
    }

    @Test
    void anEditChangesTheServiceAndNotesAndTheBookShowsThem() {
        desk.setup().hire(TestChain.ctx(), new StaffCommand.Hire("cleo", TestChain.BRANCH, "Cleo", StaffRole.STYLIST,
                Set.of(TestChain.CUT, TestChain.COLOUR), WeeklyHours.on(List.of(DayOfWeek.values()),
                TimeRange.of("09:00", "18:00")), Instant.parse("2026-11-01T08:00:00Z")));
        String id = book("cleo", "10:00", "11:30");

        desk.bookings().change(TestChain.ctx(), id, TestChain.COLOUR, "patch test done");

        BookingView edited = shown(id);
        assertThat(edited.serviceId()).isEqualTo(TestChain.COLOUR);
        assertThat(edited.notes()).isEqualTo("patch test done");
        long before = desk.log().count();
        desk.bookings().change(TestChain.ctx(), id, TestChain.COLOUR, "patch test done");
        assertThat(desk.log().count()).as("the same again records nothing").isEqualTo(before);
        String annas = book(TestChain.STYLIST, "12:00", "12:45");
        assertThatThrownBy(() -> desk.bookings().change(TestChain.ctx(), annas, TestChain.COLOUR, ""))
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo("booking.staff-cannot-perform");
    }
}
