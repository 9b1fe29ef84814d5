package com.salondesk.persistence.saga;

import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.bookingsaga.BookingSagaProcess;
import com.salondesk.domain.payment.PaymentCommand;
import com.salondesk.domain.payment.PaymentDecider;
import com.salondesk.domain.payment.PaymentEvent;
import com.salondesk.domain.payment.Purpose;
import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.product.ProductCommand;
import com.salondesk.domain.product.ProductDecider;
import com.salondesk.domain.product.ProductEvent;
import com.salondesk.domain.product.ProductKind;
import com.salondesk.domain.product.ProductUnit;
import com.salondesk.domain.service.ServiceCommand;
import com.salondesk.domain.service.ServiceDecider;
import com.salondesk.domain.service.ServiceEvent;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.domain.stock.StockCommand;
import com.salondesk.domain.stock.StockEvent;
import com.salondesk.domain.stock.StockLine;
import com.salondesk.domain.stock.StockMovementDecider;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.RecordedEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A desk for saga tests, in a data folder: this desk's identity, the test chain, a colour tube on the shelf, and the
 * cut set up to use 60 ml of it and to ask a deposit of £20 within 24 hours. Bookings are on 3 December, two days
 * after the desk's clock starts.
 */
final class SagaDesk {

    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    static final String TUBE = "tube";
    static final Money DEPOSIT = Money.of("20.00", "GBP");

    /** A clock the test moves on. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void moveTo(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private SagaDesk() {
    }

    /** Sets up a fresh desk: identity, chain, the tube with {@code onShelf} ml received, the cut's products and deposit. */
    static TestChain setUp(DeskBackEnd desk, String onShelf, boolean deposit, boolean products) {
        desk.identity().initialise(TestChain.DESK);
        TestChain chain = TestChain.setUp(desk);
        desk.store().executeOnNewStream(TestChain.ctx(), ProductDecider.streamId(TUBE), new ProductDecider(),
                ProductEvent.class, new ProductCommand.Add(TUBE, "Colour tube 6.1", "CT-61", ProductKind.BACK_BAR,
                        ProductUnit.ML, null, "maria", NOW));
        String movement = UuidV7.next().toString();
        desk.store().executeOnNewStream(TestChain.ctx(), StockMovementDecider.streamId(movement),
                new StockMovementDecider(java.util.Map.of()), StockEvent.MovementEvent.class, new StockCommand.Receive(movement,
                        TestChain.BRANCH, "DN-1", List.of(StockLine.of(TUBE, onShelf)), "maria", NOW));
        if (products) {
            desk.store().execute(TestChain.ctx(), ServiceDecider.streamId(TestChain.CUT), new ServiceDecider(),
                    ServiceEvent.class, new ServiceCommand.ChangeProductsUsed(TestChain.CUT,
                            List.of(StockLine.of(TUBE, "60")), NOW));
        }
        if (deposit) {
            desk.store().execute(TestChain.ctx(), ServiceDecider.streamId(TestChain.CUT), new ServiceDecider(),
                    ServiceEvent.class, new ServiceCommand.ChangeDeposit(TestChain.CUT, DEPOSIT, 24, NOW));
        }
        return chain;
    }

    /** Books the cut with Anna on 3 December at {@code time} (London, so UTC in December). */
    static String book(DeskBackEnd desk, TestChain chain, String time) {
        LocalDateTime start = LocalDateTime.parse("2026-12-03T" + time);
        return desk.bookings().book(TestChain.ctx(), new NewBooking(chain.customerId, TestChain.BRANCH,
                TestChain.STYLIST, TestChain.CUT, start, start.plusMinutes(45), false));
    }

    /** Records a deposit taken by card for the booking; returns the payment's id. */
    static String takeDeposit(DeskBackEnd desk, String bookingId) {
        String paymentId = UuidV7.next().toString();
        desk.store().executeOnNewStream(TestChain.ctx(), PaymentDecider.streamId(paymentId), new PaymentDecider(),
                PaymentEvent.class, new PaymentCommand.Take(paymentId, TestChain.BRANCH, "GBP", Purpose.DEPOSIT,
                        bookingId, null, null, Tender.CARD, DEPOSIT, null, "AUTH-1", null, "maria", NOW));
        return paymentId;
    }

    /** Records a card the terminal declined for the booking's deposit. */
    static void declineDeposit(DeskBackEnd desk, String bookingId, String terminalReference) {
        String paymentId = UuidV7.next().toString();
        desk.store().executeOnNewStream(TestChain.ctx(), PaymentDecider.streamId(paymentId), new PaymentDecider(),
                PaymentEvent.class, new PaymentCommand.RecordDecline(paymentId, TestChain.BRANCH, "GBP",
                        Purpose.DEPOSIT, bookingId, null, DEPOSIT, terminalReference, "maria", NOW));
    }

    /** Waits until the handlers and read models have taken everything, including what the saga recorded meanwhile. */
    static void settle(DeskBackEnd desk) {
        TestChain.settle(desk);
    }

    /** The wire names of the saga's events for the booking, in order. */
    static List<String> sagaEvents(DeskBackEnd desk, String bookingId) {
        return desk.log().readStream(BookingSagaProcess.streamId(bookingId)).stream().map(RecordedEvent::type).toList();
    }

    /** The wire names of every event in {@code streamId}. */
    static List<String> types(DeskBackEnd desk, String streamId) {
        return desk.log().readStream(streamId).stream().map(RecordedEvent::type).toList();
    }

    /** How many events of this wire name the whole log holds. */
    static long count(DeskBackEnd desk, String type) {
        return desk.log().readAfter(0, Integer.MAX_VALUE).stream().filter(e -> e.type().equals(type)).count();
    }
}
