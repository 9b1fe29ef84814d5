package com.salondesk.persistence.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.read.BookingView;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookingDeskTest {

    @TempDir
    Path folder;
    private DeskBackEnd desk;
    private TestChain chain;

    @BeforeEach
    void open() {
        // Midday on the day the tests book, so that the morning's bookings may be checked in.
        desk = DeskBackEnd.open(folder, TestChain.clockFrom("2026-12-01T12:00:00Z"));
        chain = TestChain.setUp(desk);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private NewBooking at(String start, String end, String service) {
        return new NewBooking(chain.customerId, TestChain.BRANCH, TestChain.STYLIST, service,
                LocalDateTime.parse(start), LocalDateTime.parse(end), false);
    }

    private void assertRefused(NewBooking booking, String code) {
        long before = desk.log().count();
        assertThatThrownBy(() -> desk.bookings().book(TestChain.ctx(), booking))
                .isInstanceOf(DomainRejection.class)
                .hasMessageNotContaining("Exception")
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo(code);
        assertThat(desk.log().count()).isEqualTo(before);
    }

    @Test
    void aBookingShowsInTheBookAtTheBranchesLocalTime() {
        String id = desk.bookings().book(TestChain.ctx(), at("2026-12-01T10:00", "2026-12-01T10:45", TestChain.CUT));

        desk.awaitProjections();
        BookingView view = desk.queries().booking(id).orElseThrow();
        assertThat(view.customerName()).isEqualTo("Jane Doe");
        assertThat(view.serviceName()).isEqualTo("Cut & finish");
        assertThat(view.status()).isEqualTo(BookingStatus.REQUESTED);
        assertThat(view.start().atZone(ZoneId.of("Europe/London")).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-12-01T10:00"));
        assertThat(view.price().toString()).isEqualTo("55.00 GBP");
    }

    @Test
    void refusesWhatTheSalonCannotDo() {
        assertRefused(at("2026-12-01T10:00", "2026-12-01T11:30", TestChain.COLOUR), "booking.staff-cannot-perform");
        // The branch's hours and the stylist's are told apart (both 09:00–18:00 here): the branch says first.
        assertRefused(at("2026-12-01T08:00", "2026-12-01T08:45", TestChain.CUT), "booking.starts-outside-opening-hours");
        assertRefused(at("2026-12-01T17:30", "2026-12-01T18:15", TestChain.CUT), "booking.ends-after-closing");
        assertRefused(at("2026-12-01T10:00", "2026-12-01T10:00", TestChain.CUT), "booking.invalid-time");
        assertRefused(new NewBooking("nobody", TestChain.BRANCH, TestChain.STYLIST, TestChain.CUT,
                LocalDateTime.parse("2026-12-01T10:00"), LocalDateTime.parse("2026-12-01T10:45"), false), "booking.unknown-customer");
    }

    @Test
    void cancellingGivesTheTimeBack() {
        String first = desk.bookings().book(TestChain.ctx(), at("2026-12-01T10:00", "2026-12-01T10:45", TestChain.CUT));
        assertRefused(at("2026-12-01T10:15", "2026-12-01T11:00", TestChain.CUT), "schedule.slot-taken");

        desk.bookings().cancel(TestChain.ctx(), first, "customer called");
        String second = desk.bookings().book(TestChain.ctx(), at("2026-12-01T10:15", "2026-12-01T11:00", TestChain.CUT));

        desk.awaitProjections();
        assertThat(desk.queries().bookingsOn(TestChain.BRANCH, LocalDate.parse("2026-12-01"), ZoneId.of("Europe/London")))
                .extracting(BookingView::bookingId, BookingView::status, BookingView::cancelReason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(first, BookingStatus.CANCELLED, "customer called"),
                        org.assertj.core.groups.Tuple.tuple(second, BookingStatus.REQUESTED, null));
    }

    @Test
    void aDeliberateOverbookingIsRecordedAsSuch() {
        desk.bookings().book(TestChain.ctx(), at("2026-12-01T10:00", "2026-12-01T10:45", TestChain.CUT));
        desk.bookings().book(TestChain.ctx(), new NewBooking(chain.customerId, TestChain.BRANCH, TestChain.STYLIST,
                TestChain.CUT, LocalDateTime.parse("2026-12-01T10:00"), LocalDateTime.parse("2026-12-01T10:45"), true));

        assertThat(desk.log().readStream("schedule-anna-2026-12-01"))
                .extracting(r -> r.envelope().payload().get("overbooked").asBoolean())
                .containsExactly(false, true);
    }

    @Test
    void theLifecycleRunsToCompletion() {
        String id = desk.bookings().book(TestChain.ctx(), at("2026-12-01T10:00", "2026-12-01T10:45", TestChain.CUT));
        desk.bookings().confirm(TestChain.ctx(), id);
        desk.bookings().checkIn(TestChain.ctx(), id);
        desk.bookings().complete(TestChain.ctx(), id);
        desk.awaitProjections();
        assertThat(desk.queries().booking(id).orElseThrow().status()).isEqualTo(BookingStatus.COMPLETED);
        assertThatThrownBy(() -> desk.bookings().cancel(TestChain.ctx(), id, "too late"))
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo("booking.cannot-cancel");
    }

    private String hireBen() {
        var daily = com.salondesk.domain.shared.WeeklyHours.on(java.util.List.of(java.time.DayOfWeek.values()),
                com.salondesk.domain.shared.TimeRange.of("09:00", "18:00"));
        desk.setup().hire(TestChain.ctx(), new com.salondesk.domain.staff.StaffCommand.Hire("ben", TestChain.BRANCH,
                "Ben Ode", com.salondesk.domain.staff.StaffRole.BARBER, java.util.Set.of(TestChain.CUT), daily,
                java.time.Instant.parse("2026-11-01T08:00:00Z")));
        return "ben";
    }

    private NewBooking withBen(String start, String end, boolean overbook) {
        return new NewBooking(chain.customerId, TestChain.BRANCH, "ben", TestChain.CUT, LocalDateTime.parse(start),
                LocalDateTime.parse(end), overbook);
    }

    @Test
    void aCustomerIsNotBookedWithTwoStylistsAtOnceUnlessAManagerOverbooks() {
        hireBen();
        String withAnna = desk.bookings().book(TestChain.ctx(), at("2026-12-01T10:00", "2026-12-01T10:45", TestChain.CUT));

        assertRefused(withBen("2026-12-01T10:30", "2026-12-01T11:15", false), "schedule.customer-already-booked");
        desk.bookings().book(TestChain.ctx(), withBen("2026-12-01T10:45", "2026-12-01T11:30", false));
        desk.bookings().book(TestChain.ctx(), withBen("2026-12-01T09:30", "2026-12-01T10:15", true));

        assertThat(desk.log().readStream("customer-day-" + chain.customerId + "-2026-12-01"))
                .extracting(r -> r.envelope().type(), r -> r.envelope().payload().get("overbooked").asBoolean())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("schedule.visit-reserved", false),
                        org.assertj.core.groups.Tuple.tuple("schedule.visit-reserved", false),
                        org.assertj.core.groups.Tuple.tuple("schedule.visit-reserved", true));
        desk.bookings().cancel(TestChain.ctx(), withAnna, "customer called");
        desk.bookings().book(TestChain.ctx(), withBen("2026-12-01T12:00", "2026-12-01T12:45", false));
        assertThat(desk.log().readStream("customer-day-" + chain.customerId + "-2026-12-01"))
                .extracting(r -> r.envelope().type()).contains("schedule.visit-released");
    }

    @Test
    void checkInAndCompleteOpenAtTheBranchsWindowBeforeTheStart() {
        // The desk's clock says 12:00.
        String at1245 = desk.bookings().book(TestChain.ctx(), at("2026-12-01T12:45", "2026-12-01T13:30", TestChain.CUT));
        String at1230 = desk.bookings().book(TestChain.ctx(), at("2026-12-01T12:30", "2026-12-01T12:45", TestChain.CUT));

        assertThatThrownBy(() -> desk.bookings().checkIn(TestChain.ctx(), at1245))
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo("booking.too-early");
        desk.bookings().checkIn(TestChain.ctx(), at1230);
        desk.bookings().complete(TestChain.ctx(), at1230);

        desk.setup().changeCheckInWindow(TestChain.ctx(), new com.salondesk.domain.branch.BranchCommand
                .ChangeCheckInWindow(TestChain.BRANCH, 60, java.time.Instant.parse("2026-11-30T08:00:00Z")));
        desk.bookings().checkIn(TestChain.ctx(), at1245);
    }

    @Test
    void aCancellationNeedsAReasonAndKeepsItsCategory() {
        String id = desk.bookings().book(TestChain.ctx(), at("2026-12-01T14:00", "2026-12-01T14:45", TestChain.CUT));
        long before = desk.log().count();

        assertThatThrownBy(() -> desk.bookings().cancel(TestChain.ctx(), id, "  "))
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo("booking.cancel-note-required");
        assertThat(desk.log().count()).as("nothing was written").isEqualTo(before);

        desk.bookings().cancel(TestChain.ctx(), id, new com.salondesk.domain.booking.CancelReason(
                com.salondesk.domain.booking.CancelReason.Category.ILLNESS, ""));
        assertThat(desk.log().readStream("booking-" + id).getLast().envelope().payload().get("category").asText())
                .isEqualTo("ILLNESS");
    }

    @Test
    void aNoShowIsUndoneTheSameDayAndHoldsItsTimeAgain() {
        String id = desk.bookings().book(TestChain.ctx(), at("2026-12-01T11:00", "2026-12-01T11:45", TestChain.CUT));
        desk.bookings().confirm(TestChain.ctx(), id);
        desk.bookings().markNoShow(TestChain.ctx(), id);

        desk.bookings().undoNoShow(TestChain.ctx(), id);

        desk.awaitProjections();
        assertThat(desk.queries().booking(id).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertRefused(at("2026-12-01T11:15", "2026-12-01T11:30", TestChain.CUT), "schedule.slot-taken");
    }

    @Test
    void aNoShowWhoseTimeWasBookedMeanwhileIsNotUndone() {
        hireBen();
        String id = desk.bookings().book(TestChain.ctx(), at("2026-12-01T11:00", "2026-12-01T11:45", TestChain.CUT));
        desk.bookings().markNoShow(TestChain.ctx(), id);
        desk.bookings().book(TestChain.ctx(), new NewBooking(chain.customerId, TestChain.BRANCH, TestChain.STYLIST,
                TestChain.CUT, LocalDateTime.parse("2026-12-01T11:30"), LocalDateTime.parse("2026-12-01T12:00"), false));
        long before = desk.log().count();

        assertThatThrownBy(() -> desk.bookings().undoNoShow(TestChain.ctx(), id))
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo("booking.no-show-slot-taken");
        assertThat(desk.log().count()).isEqualTo(before);
    }

    @Test
    void aNoShowIsNotUndoneOnALaterDay() {
        String id = desk.bookings().book(TestChain.ctx(), at("2026-11-30T11:00", "2026-11-30T11:45", TestChain.CUT));
        desk.bookings().markNoShow(TestChain.ctx(), id);

        assertThatThrownBy(() -> desk.bookings().undoNoShow(TestChain.ctx(), id))
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo("booking.no-show-undo-too-late");
    }

    @Test
    void likelyDuplicatesOfACustomerAreFoundByNameAndPhone() {
        desk.awaitProjections();
        var same = new com.salondesk.domain.customer.CustomerDetails("jane  doe", "+44 (20) 7946-0000", "", "", false);
        var otherPhone = new com.salondesk.domain.customer.CustomerDetails("Jane Doe", "07700 900111", "", "", false);

        assertThat(desk.queries().likelySameCustomers(same)).extracting(c -> c.customerId())
                .containsExactly(chain.customerId);
        assertThat(desk.queries().likelySameCustomers(otherPhone)).isEmpty();
    }
}
