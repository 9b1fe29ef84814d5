package com.salondesk.app.notices;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.SalonBookings;
import com.salondesk.app.TestSalon;
import com.salondesk.app.port.StaffNotice;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.product.ProductCommand;
import com.salondesk.domain.product.ProductKind;
import com.salondesk.domain.product.ProductUnit;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.domain.stock.StockCommand;
import com.salondesk.domain.stock.StockLine;
import java.math.BigDecimal;
import java.time.Instant;
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
        assertThat(notices.words(StaffNotice.manyBookings(12)).text())
                .isEqualTo("12 bookings arrived at once.");
    }

    @Test
    void a_product_going_below_its_threshold_is_news_once() throws Exception {
        desk = TestSalon.open(folder);
        var stock = desk.local().stock();
        Instant now = TestSalon.NOW;
        stock.addProduct(desk.command(), new ProductCommand.Add("shampoo", "Repair shampoo", "SH-1", ProductKind.RETAIL,
                ProductUnit.PIECE, Money.of("18.00", "GBP"), "maria", now));
        stock.setThreshold(desk.command(), new ProductCommand.SetLowStockThreshold("shampoo", TestSalon.BRANCH,
                new BigDecimal("3"), "maria", now));
        stock.receive(desk.command(), new StockCommand.Receive(UuidV7.next().toString(), TestSalon.BRANCH, "DN-1",
                List.of(StockLine.of("shampoo", "5")), "maria", now));
        desk.local().awaitProjections();
        List<StaffNoticesViewModel.Notice> shown = new CopyOnWriteArrayList<>();
        desk.staffNotices(Runnable::run).start(shown::add);

        desk.local().awaitProjections();
        stock.adjust(desk.command(), new StockCommand.Adjust(UuidV7.next().toString(), TestSalon.BRANCH, "broken",
                List.of(StockLine.of("shampoo", "-3")), false, "maria", now));
        await(shown, 1);
        assertThat(shown.getFirst()).isEqualTo(new StaffNoticesViewModel.Notice(StaffNotice.Kind.LOW_STOCK,
                "Running low", "Repair shampoo: 2 left."));

        // Stock is decided against its read model: each movement waits for the one before to be read.
        desk.local().awaitProjections();
        stock.adjust(desk.command(), new StockCommand.Adjust(UuidV7.next().toString(), TestSalon.BRANCH, "broken",
                List.of(StockLine.of("shampoo", "-1")), false, "maria", now));
        desk.local().awaitProjections();
        stock.receive(desk.command(), new StockCommand.Receive(UuidV7.next().toString(), TestSalon.BRANCH, "DN-2",
                List.of(StockLine.of("shampoo", "10")), "maria", now));
        desk.local().awaitProjections();
        stock.adjust(desk.command(), new StockCommand.Adjust(UuidV7.next().toString(), TestSalon.BRANCH, "broken",
                List.of(StockLine.of("shampoo", "-10")), false, "maria", now));
        await(shown, 2);
        assertThat(shown).as("low again only after it was restocked").hasSize(2);
        assertThat(shown.get(1).text()).isEqualTo("Repair shampoo: 1 left.");
    }
}
