package com.salondesk.app.notices;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.SalonBookings;
import com.salondesk.app.TestSalon;
import com.salondesk.app.port.StaffNotice;
import com.salondesk.app.wiring.FrontDesk;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staff hear of bookings made and cancelled, in words, as they happen. */
class StaffNoticesViewModelTest {

    @TempDir
    Path folder;
    private FrontDesk desk;

    @AfterEach
    void close() {
        desk.close();
    }

    private static void await(List<StaffNoticesViewModel.Notice> shown, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (shown.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(shown).hasSizeGreaterThanOrEqualTo(count);
    }

    @Test
    void a_new_and_a_cancelled_booking_are_news() throws Exception {
        desk = TestSalon.open(folder);
        List<StaffNoticesViewModel.Notice> shown = new CopyOnWriteArrayList<>();
        StaffNoticesViewModel notices = desk.staffNotices(Runnable::run);
        notices.start(shown::add);

        String booking = new SalonBookings(desk).book(TestSalon.BEN, "11:00", "11:45");
        await(shown, 1);
        assertThat(shown.getFirst()).isEqualTo(new StaffNoticesViewModel.Notice(StaffNotice.Kind.NEW_BOOKING,
                "New booking", "Jane Doe with Ben Carter, Tuesday, 1 December 2026, 11:00"));

        desk.local().awaitProjections();
        desk.local().bookings().cancel(desk.command(), booking, "customer called");
        await(shown, 2);
        assertThat(shown.get(1).kind()).isEqualTo(StaffNotice.Kind.CANCELLED_BOOKING);
        assertThat(shown.get(1).title()).isEqualTo("Booking cancelled");
        assertThat(shown.get(1).text()).startsWith("Jane Doe with Ben Carter");
        assertThat(notices.recent()).hasSize(2);

        notices.close();
        new SalonBookings(desk).book(TestSalon.BEN, "13:00", "13:45");
        desk.local().awaitProjections();
        assertThat(shown).as("no news once the screen stopped listening").hasSize(2);
    }

    @Test
    void many_bookings_at_once_are_one_notice() {
        desk = TestSalon.open(folder);
        var notices = desk.staffNotices(Runnable::run);
        assertThat(notices.words(new StaffNotice(StaffNotice.Kind.MANY_BOOKINGS, "", "", null, 12)).text())
                .isEqualTo("12 bookings arrived at once.");
    }
}
