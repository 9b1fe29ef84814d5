package com.salondesk.persistence.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.desk.LocalDesk;
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
    private LocalDesk desk;
    private TestChain chain;

    @BeforeEach
    void open() {
        // Midday on the day the tests book, so that the morning's bookings may be checked in.
        desk = LocalDesk.open(folder, TestChain.clockFrom("2026-12-01T12:00:00Z"));
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
}
