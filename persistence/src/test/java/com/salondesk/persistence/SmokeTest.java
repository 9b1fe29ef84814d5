package com.salondesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.persistence.command.NewBooking;
import com.salondesk.persistence.desk.LocalDesk;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeTest {
    @TempDir
    Path dir;

    @Test
    void booksAndShows() {
        try (LocalDesk desk = LocalDesk.open(dir, Clock.systemUTC())) {
            TestChain chain = TestChain.setUp(desk);
            String id = desk.bookings().book(TestChain.ctx(), new NewBooking(chain.customerId, "soho", "anna", "cut",
                    LocalDateTime.parse("2026-12-01T10:00"), LocalDateTime.parse("2026-12-01T10:45"), false));
            assertThat(desk.queries().bookingsOn("soho", LocalDate.parse("2026-12-01"), ZoneId.of("Europe/London")))
                    .singleElement().satisfies(b -> assertThat(b.bookingId()).isEqualTo(id));
        }
    }
}
