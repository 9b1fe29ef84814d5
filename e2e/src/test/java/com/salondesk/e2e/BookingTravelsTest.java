package com.salondesk.e2e;

import static com.salondesk.e2e.support.ChainData.ANNA;
import static com.salondesk.e2e.support.ChainData.JANE;
import static com.salondesk.e2e.support.ChainData.JOHN;
import static com.salondesk.e2e.support.ChainData.LONDON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.e2e.support.Chain;
import com.salondesk.e2e.support.Desk;
import com.salondesk.e2e.support.Eventually;
import com.salondesk.e2e.support.SameEvents;
import com.salondesk.e2e.support.SyncServerProcess;
import com.salondesk.persistence.read.BookingView;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end 1: what one desk books, every other desk's book shows, and its rules count it. */
class BookingTravelsTest {

    @TempDir
    static Path folder;
    static SyncServerProcess server;

    @BeforeAll
    static void startTheServer() {
        server = SyncServerProcess.shared();
    }

    @Test
    void aBookingOnDeskAAppearsInTheBooksOfDesksBAndC() {
        try (Chain chain = Chain.create(server, folder.resolve("chain"), "desk-a", "desk-b", "desk-c")) {
            Desk a = chain.founder("desk-a");
            Desk b = chain.joiner("desk-b");
            Desk c = chain.joiner("desk-c");
            LocalDate day = LocalDate.now(LONDON).plusDays(1);

            String booking = a.book(ANNA, JANE, day, "10:00", "10:45");

            for (Desk other : new Desk[] {b, c}) {
                Eventually.await(other + "'s book to show desk A's booking",
                        () -> other.bookingsOn(day).stream().anyMatch(v -> v.bookingId().equals(booking)));
                BookingView seen = other.booking(booking).orElseThrow();
                assertThat(seen.staffId()).isEqualTo(ANNA);
                assertThat(seen.customerName()).isEqualTo("Jane Doe");
                assertThat(seen.start()).isEqualTo(day.atTime(LocalTime.of(10, 0)).atZone(LONDON).toInstant());
                assertThat(seen.end()).isEqualTo(day.atTime(LocalTime.of(10, 45)).atZone(LONDON).toInstant());
            }
            // Not only the read model: B's own rules now know Anna is busy then.
            assertThatThrownBy(() -> b.book(ANNA, JOHN, day, "10:30", "11:15"))
                    .isInstanceOfSatisfying(DomainRejection.class,
                            r -> assertThat(r.code()).isEqualTo("schedule.slot-taken"));

            chain.awaitConverged(a, b, c);
            for (Desk desk : new Desk[] {a, b, c}) {
                SameEvents.assertLogHoldsTheServersEvents(desk.toString(), desk.log(), chain.events().all());
            }
        }
    }
}
