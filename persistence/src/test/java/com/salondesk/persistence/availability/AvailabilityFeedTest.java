package com.salondesk.persistence.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.availability.BookingWindow;
import com.salondesk.domain.availability.Stylists;
import com.salondesk.domain.availability.VisitRequest;
import com.salondesk.domain.availability.VisitSlot;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.staff.StaffCommand;
import com.salondesk.domain.staff.StaffRole;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The availability view on a real desk: folded from its H2 log, then following the commands as they commit. */
class AvailabilityFeedTest {

    private static final LocalDate TUESDAY = LocalDate.parse("2026-12-01");
    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final Clock CLOCK = TestChain.clockFrom("2026-11-30T08:00:00Z");

    @TempDir
    Path folder;
    private DeskBackEnd desk;
    private TestChain chain;

    @BeforeEach
    void open() {
        desk = DeskBackEnd.open(folder, CLOCK);
        chain = TestChain.setUp(desk);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private String book(String staffId, String start, String end) {
        return desk.bookings().book(TestChain.ctx(), new NewBooking(chain.customerId, TestChain.BRANCH, staffId,
                TestChain.CUT, LocalDateTime.parse("2026-12-01T" + start), LocalDateTime.parse("2026-12-01T" + end), false));
    }

    private static List<String> cuts(AvailabilityFeed feed, Stylists who, Optional<String> customer) {
        var request = new VisitRequest(List.of(TestChain.CUT), who, customer, NOW);
        return feed.view().read(TestChain.BRANCH, b -> b.freeSlots(request, TUESDAY)).orElseThrow().stream()
                .map(VisitSlot::start).map(t -> t.toLocalTime().toString()).toList();
    }

    private static List<String> annasCuts(AvailabilityFeed feed) {
        return cuts(feed, Stylists.named(TestChain.STYLIST), Optional.empty());
    }

    private static AvailabilityFeed follow(DeskBackEnd desk) {
        return AvailabilityFeed.start(desk.log(), desk.bus(), new AvailabilityView(BookingWindow.openYear()));
    }

    @Test
    void folds_in_the_bookings_already_in_the_log() {
        book(TestChain.STYLIST, "10:00", "10:45");

        try (AvailabilityFeed feed = follow(desk)) {
            assertThat(annasCuts(feed)).contains("09:15", "10:45").doesNotContain("09:20", "10:00", "10:40");
            assertThat(feed.position()).isEqualTo(desk.log().headPosition());
        }
    }

    @Test
    void a_booking_disappears_from_the_free_slots_as_it_commits_and_comes_back_when_cancelled() {
        try (AvailabilityFeed feed = follow(desk)) {
            assertThat(annasCuts(feed)).contains("14:00");

            String id = book(TestChain.STYLIST, "14:00", "14:45");
            assertThat(annasCuts(feed)).doesNotContain("13:20", "14:00", "14:40");

            desk.bookings().cancel(TestChain.ctx(), id, "changed her mind");
            assertThat(annasCuts(feed)).contains("13:20", "14:00", "14:40");
            assertThat(feed.view().visits()).isEmpty();
        }
    }

    @Test
    void the_client_is_not_offered_the_time_she_is_booked_with_another_stylist() {
        var daily = WeeklyHours.on(List.of(DayOfWeek.values()), TimeRange.of("09:00", "18:00"));
        desk.setup().hire(TestChain.ctx(), new StaffCommand.Hire("bob", TestChain.BRANCH, "Bob Marsh", StaffRole.STYLIST,
                Set.of(TestChain.CUT), daily, NOW));
        try (AvailabilityFeed feed = follow(desk)) {
            book(TestChain.STYLIST, "10:00", "10:45");

            assertThat(cuts(feed, Stylists.anyone(), Optional.of(chain.customerId))).doesNotContain("10:00");
            assertThat(cuts(feed, Stylists.anyone(), Optional.empty())).contains("10:00");
        }
    }

    @Test
    void events_it_missed_are_read_from_the_log() {
        try (AvailabilityFeed feed = follow(desk)) {
            desk.bus().unregister(feed);
            book(TestChain.STYLIST, "10:00", "10:45");
            desk.bus().register(feed);

            book(TestChain.STYLIST, "15:00", "15:45");

            assertThat(annasCuts(feed)).doesNotContain("10:00", "15:00");
            assertThat(feed.position()).isEqualTo(desk.log().headPosition());
        }
    }

    @Test
    void after_a_restart_or_a_rebuild_the_view_is_the_same() {
        book(TestChain.STYLIST, "10:00", "10:45");
        String cancelled = book(TestChain.STYLIST, "12:00", "12:45");
        desk.bookings().cancel(TestChain.ctx(), cancelled, "ill");
        var before = follow(desk);
        var visits = before.view().visits();
        var slots = annasCuts(before);
        before.close();
        desk.close();

        desk = DeskBackEnd.open(folder, CLOCK);
        try (AvailabilityFeed after = follow(desk)) {
            assertThat(after.view().visits()).isEqualTo(visits).hasSize(1);
            assertThat(annasCuts(after)).isEqualTo(slots);
            after.rebuild();
            assertThat(after.view().visits()).isEqualTo(visits);
            assertThat(annasCuts(after)).isEqualTo(slots);
        }
    }
}
