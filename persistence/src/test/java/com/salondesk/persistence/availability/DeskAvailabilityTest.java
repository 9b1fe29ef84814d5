package com.salondesk.persistence.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.availability.DaySegment;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's own live availability: started with the desk, current after each command, folded again on reopening. */
class DeskAvailabilityTest {

    private static final LocalDate TUESDAY = LocalDate.parse("2026-12-01");
    private static final Clock CLOCK = TestChain.clockFrom("2026-11-30T08:00:00Z");

    @TempDir
    Path folder;

    private static List<String> annasDay(DeskBackEnd desk) {
        return desk.availability().dayPicture(TestChain.BRANCH, TestChain.STYLIST, TUESDAY).stream()
                .map(s -> s.from() + "-" + s.to() + " " + s.kind()).toList();
    }

    @Test
    void the_desks_availability_follows_its_commands_and_is_folded_again_when_it_reopens() {
        String bookingId;
        try (DeskBackEnd desk = DeskBackEnd.open(folder, CLOCK)) {
            TestChain chain = TestChain.setUp(desk);
            assertThat(annasDay(desk)).containsExactly("09:00-18:00 FREE");

            bookingId = desk.bookings().book(TestChain.ctx(), new NewBooking(chain.customerId, TestChain.BRANCH,
                    TestChain.STYLIST, TestChain.CUT, LocalDateTime.parse("2026-12-01T10:00"),
                    LocalDateTime.parse("2026-12-01T10:45"), false));

            assertThat(annasDay(desk)).containsExactly("09:00-10:00 FREE", "10:00-10:45 BOOKED", "10:45-18:00 FREE");
        }
        try (DeskBackEnd desk = DeskBackEnd.open(folder, CLOCK)) {
            assertThat(desk.availability().dayPicture(TestChain.BRANCH, TestChain.STYLIST, TUESDAY))
                    .contains(new DaySegment(java.time.LocalTime.of(10, 0), java.time.LocalTime.of(10, 45),
                            DaySegment.Kind.BOOKED, bookingId));
        }
    }

    @Test
    void a_branch_the_log_does_not_know_has_no_picture() {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, CLOCK)) {
            assertThat(desk.availability().dayPicture("nowhere", TestChain.STYLIST, TUESDAY)).isEmpty();
        }
    }
}
