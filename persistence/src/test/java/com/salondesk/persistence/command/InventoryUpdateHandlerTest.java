package com.salondesk.persistence.command;

import static com.salondesk.persistence.command.StockDeskTest.TUBE;
import static com.salondesk.persistence.command.StockDeskTest.line;
import static com.salondesk.persistence.command.TwoDesks.ctxA;
import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.branch.TaxRates;
import com.salondesk.domain.checkout.CheckoutCommand;
import com.salondesk.domain.checkout.CheckoutDecider;
import com.salondesk.domain.checkout.CheckoutEvent;
import com.salondesk.domain.checkout.CheckoutItem;
import com.salondesk.domain.checkout.ProductUse;
import com.salondesk.domain.service.ServiceCommand;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.stock.StockCommand;
import com.salondesk.domain.stock.StockReservationDecider;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.command.AggregateStore.Step;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.read.StockLevelView;
import com.salondesk.persistence.runtime.HandlerContext;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inventory handler on real desks: a cut that plans 60 ml of a colour tube, reserved at booking; what the
 * stylist says at checkout is used and the rest released; without a checkout's amounts the plan is used.
 */
class InventoryUpdateHandlerTest {

    private static final Instant NOW = Instant.parse("2026-12-01T11:00:00Z");

    @TempDir
    Path folderA;
    @TempDir
    Path folderB;

    private TwoDesks desks;
    private DeskBackEnd desk;

    @BeforeEach
    void aCutPlansSixtyMillilitresOfColour() {
        desks = new TwoDesks(folderA, folderB, TestChain.clockFrom("2026-12-01T12:00:00Z"));
        desk = desks.deskA;
        StockDeskTest.addProducts(desk, ctxA());
        desk.setup().changeProductsUsed(ctxA(), new ServiceCommand.ChangeProductsUsed(TestChain.CUT,
                List.of(line(TUBE, "60")), NOW));
        StockDeskTest.receive(desk, ctxA(), line(TUBE, "500"));
        desk.awaitProjections();
    }

    @AfterEach
    void close() {
        desks.close();
    }

    /** A cut, its tube reserved, the customer checked in. */
    private String bookedAndCheckedIn(String from, String to) {
        String id = booked(from, to);
        desk.bookings().checkIn(ctxA(), id);
        return id;
    }

    /** A confirmed cut with its tube reserved. */
    private String booked(String from, String to) {
        String id = desk.bookings().book(ctxA(), new NewBooking(desks.chain.customerId, TestChain.BRANCH,
                TestChain.STYLIST, TestChain.CUT, LocalDateTime.parse("2026-12-01T" + from),
                LocalDateTime.parse("2026-12-01T" + to), false));
        desk.stock().reserve(ctxA(), new StockCommand.Reserve(id, TestChain.BRANCH, List.of(line(TUBE, "60")),
                "saga", NOW));
        desk.bookings().confirm(ctxA(), id);
        return id;
    }

    /** A checkout as pay records it: the checkout stream, then the booking completed, in the log's order. */
    private void checkout(String bookingId, List<ProductUse> used) {
        String checkoutId = StockDeskTest.id();
        desk.store().execute(ctxA(), List.of(Step.onNew(CheckoutDecider.streamId(checkoutId), new CheckoutDecider(),
                CheckoutEvent.class, new CheckoutCommand.Complete(checkoutId, TestChain.BRANCH, "GBP", TaxRates.none(),
                        desks.chain.customerId, List.of(bookingId),
                        List.of(CheckoutItem.service(TestChain.CUT, "Cut & finish", Money.of("55.00", "GBP"))), used,
                        List.of("p1"), Money.of("55.00", "GBP"), false, "maria", NOW))));
        desk.bookings().complete(ctxA(), bookingId);
    }

    private void settled(DeskBackEnd on) throws InterruptedException {
        assertThat(on.runtime().handlers().awaitPosition(on.log().headPosition(), Duration.ofSeconds(20))).isTrue();
        on.awaitProjections();
    }

    private StockLevelView tube(DeskBackEnd on) {
        return on.stockQueries().level(TestChain.BRANCH, TUBE).orElseThrow();
    }

    private List<String> reservationEvents(DeskBackEnd on, String bookingId) {
        return on.log().readStream(StockReservationDecider.streamId(bookingId)).stream().map(RecordedEvent::type)
                .toList();
    }

    @Test
    void theStylistsAmountsAtCheckoutAreUsedAndTheRestOfTheReservationReleased() throws Exception {
        String id = bookedAndCheckedIn("10:00", "10:45");
        checkout(id, List.of(new ProductUse(id, TUBE, new BigDecimal("45"))));
        settled(desk);

        assertThat(reservationEvents(desk, id)).containsExactly("stock.reserved", "stock.used", "stock.released");
        assertThat(tube(desk).onHand()).isEqualByComparingTo("455");
        assertThat(tube(desk).reserved()).isEqualByComparingTo("0");
        RecordedEvent used = desk.log().readStream(StockReservationDecider.streamId(id)).get(1);
        assertThat(used.envelope().metadata().userId()).isEqualTo(InventoryUpdateHandler.ACTOR);
        assertThat(used.envelope().metadata().deviceId()).isEqualTo(TwoDesks.A.deviceId());
    }

    @Test
    void withoutAmountsAtCheckoutTheServicesPlannedAmountsAreUsed() throws Exception {
        String id = bookedAndCheckedIn("10:00", "10:45");
        checkout(id, List.of());
        settled(desk);

        assertThat(reservationEvents(desk, id)).containsExactly("stock.reserved", "stock.used");
        assertThat(tube(desk).onHand()).isEqualByComparingTo("440");
        assertThat(tube(desk).reserved()).isEqualByComparingTo("0");
    }

    @Test
    void aBookingCompletedWithoutACheckoutUsesThePlanAndAZeroAtCheckoutUsesNothing() throws Exception {
        String planned = bookedAndCheckedIn("10:00", "10:45");
        desk.bookings().complete(ctxA(), planned);
        String nothing = bookedAndCheckedIn("11:00", "11:45");
        checkout(nothing, List.of(new ProductUse(nothing, TUBE, BigDecimal.ZERO)));
        settled(desk);

        assertThat(desk.store().load(StockReservationDecider.streamId(planned), new StockReservationDecider(),
                com.salondesk.domain.stock.StockEvent.ReservationEvent.class).state())
                .isEqualTo(new com.salondesk.domain.stock.StockReservation.Used(planned, List.of(line(TUBE, "60"))));
        assertThat(reservationEvents(desk, nothing)).containsExactly("stock.reserved", "stock.used", "stock.released");
        assertThat(tube(desk).onHand()).isEqualByComparingTo("440");
        assertThat(tube(desk).reserved()).isEqualByComparingTo("0");
    }

    @Test
    void aCancelledBookingOrANoShowGivesItsReservationBack() throws Exception {
        String cancelled = booked("10:00", "10:45");
        desk.bookings().cancel(ctxA(), cancelled, "customer is ill");
        String missed = booked("11:00", "11:45");
        desk.bookings().markNoShow(ctxA(), missed);
        settled(desk);
        assertThat(reservationEvents(desk, cancelled)).containsExactly("stock.reserved", "stock.released");
        assertThat(reservationEvents(desk, missed)).containsExactly("stock.reserved", "stock.released");
        assertThat(desk.log().readStream(StockReservationDecider.streamId(missed)).get(1).envelope().payload()
                .get("reason").asText()).isEqualTo("no-show");
        assertThat(tube(desk).reserved()).isEqualByComparingTo("0");
        assertThat(tube(desk).onHand()).isEqualByComparingTo("500");
    }

    @Test
    void anEventDeliveredTwiceChangesTheStockOnce() throws Exception {
        String id = bookedAndCheckedIn("10:00", "10:45");
        checkout(id, List.of(new ProductUse(id, TUBE, new BigDecimal("45"))));
        settled(desk);
        long head = desk.log().headPosition();

        InventoryUpdateHandler again = new InventoryUpdateHandler(desk.stock(), desk.store(), desk.identity()::read);
        for (RecordedEvent e : desk.log().readAfter(0, 10_000)) {
            if (again.eventTypes().contains(e.type())) {
                again.handle(new HandlerContext(null, 1), e);
            }
        }
        assertThat(desk.log().headPosition()).isEqualTo(head);
        settled(desk);
        assertThat(tube(desk).onHand()).isEqualByComparingTo("455");
    }

    @Test
    void onlyTheDeskThatRecordedTheEventUpdatesTheStock() throws Exception {
        String id = bookedAndCheckedIn("10:00", "10:45");
        checkout(id, List.of(new ProductUse(id, TUBE, new BigDecimal("45"))));
        settled(desk);
        desks.serverTakes(desks.deskA, desks.deskB);
        settled(desks.deskB);

        assertThat(desks.deskB.log().pendingEvents(100)).as("desk B recorded nothing of its own").isEmpty();
        assertThat(reservationEvents(desks.deskB, id)).containsExactly("stock.reserved", "stock.used",
                "stock.released");
        assertThat(tube(desks.deskB).onHand()).isEqualByComparingTo("455");
        assertThat(tube(desks.deskB).reserved()).isEqualByComparingTo("0");
    }
}
