package com.salondesk.app.demo;

import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.checkout.CheckoutItem;
import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.product.ProductKind;
import com.salondesk.domain.shared.Money;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.command.CheckoutDesk;
import com.salondesk.persistence.command.PaymentDesk;
import com.salondesk.persistence.command.Tendered;
import com.salondesk.persistence.command.TillDesk;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.read.BookingView;
import com.salondesk.persistence.read.BranchView;
import com.salondesk.persistence.read.ProductView;
import com.salondesk.persistence.read.TillView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The last three days' takings at the demo desk's branch: each day's till opened with a float, the day's finished
 * appointments checked out (split between cash and card, now and then a retail product from the stock read model
 * and a tip), a gift voucher sold and later redeemed, a cash refund, and the till closed in the evening, a little
 * off on two of the days. Recorded through the desk's own command services, each at the time it happened.
 */
final class DemoTakings {

    private static final int DAYS = 3;
    private static final BigDecimal FLOAT = new BigDecimal("150.00");
    /** The cash refund of the day before yesterday (a fringe trimmed again free of charge). */
    private static final BigDecimal REFUNDED = new BigDecimal("5");

    private final DeskBackEnd desk;
    private final Supplier<EventContext> context;
    private final DayClock clock = new DayClock();
    private final TillDesk tills;
    private final CheckoutDesk checkouts;
    private final PaymentDesk payments;

    private DemoTakings(DeskBackEnd desk, Supplier<EventContext> context) {
        this.desk = desk;
        this.context = context;
        // The desk's own services on a clock of their own: each sale is recorded at the hour it was made.
        this.tills = new TillDesk(desk.store(), desk.tillQueries(), clock);
        this.checkouts = new CheckoutDesk(desk.store(), desk.paymentQueries(), desk.stockQueries()::onHand, clock);
        this.payments = new PaymentDesk(desk.store(), clock);
    }

    /** Records the takings of the days before {@code now} at {@code identity}'s branch, as {@code identity}. */
    static void record(DeskBackEnd desk, DeskIdentity identity, String seeder, Instant now) {
        desk.awaitProjections();
        BranchView branch = desk.queries().branch(identity.branchId()).orElse(null);
        if (branch == null) {
            return;
        }
        new DemoTakings(desk, () -> EventContext.command(identity, seeder)).record(branch, now);
    }

    private void record(BranchView branch, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, branch.zone());
        String voucherCode = null;
        for (int back = DAYS; back >= 1; back--) {
            LocalDate day = today.minusDays(back);
            clock.at(day, LocalTime.of(8, 45), branch.zone());
            String tillId = tills.open(context.get(), money(FLOAT, branch));
            List<BookingView> done = desk.queries().bookingsOn(branch.branchId(), day, branch.zone()).stream()
                    .filter(b -> b.status() == BookingStatus.COMPLETED)
                    .sorted(Comparator.comparing(BookingView::end)).toList();
            List<String> cashPayments = new ArrayList<>();
            for (int i = 0; i < done.size(); i++) {
                BookingView booking = done.get(i);
                clock.set(booking.end());
                boolean redeem = voucherCode != null && back == 2 && i == 0;
                CheckoutDesk.Request request = request(booking, i, branch, redeem ? voucherCode : null);
                var completed = checkouts.complete(context.get(), request);
                Tendered last = request.payments().isEmpty() ? null : request.payments().getLast();
                if (last != null && last.tender() == Tender.CASH && last.amount().amount().compareTo(REFUNDED) >= 0) {
                    // The cash part of a split payment is the checkout's last payment; only one that can take the
                    // demo's refund is kept (after a voucher, what is left in cash may be a pound or two).
                    cashPayments.add(completed.paymentIds().getLast());
                }
            }
            clock.at(day, LocalTime.of(18, 0), branch.zone());
            if (back == 3) {
                voucherCode = payments.sellVoucher(context.get(), branch.branchId(), money(new BigDecimal("50"), branch),
                        Tendered.card(money(new BigDecimal("50"), branch), "DEMO-VOUCHER-1"), null).code();
            }
            if (back == 2 && !cashPayments.isEmpty()) {
                payments.refund(context.get(), cashPayments.getFirst(), money(REFUNDED, branch),
                        "Fringe trimmed again free of charge");
            }
            clock.at(day, LocalTime.of(18, 30), branch.zone());
            desk.awaitProjections();
            TillView till = desk.tillQueries().till(tillId).orElseThrow();
            // A drawer a little short one day and a little over another, as real ones are.
            BigDecimal off = back == 3 ? new BigDecimal("-0.50") : back == 1 ? new BigDecimal("1.00") : BigDecimal.ZERO;
            tills.close(context.get(), tillId, money(till.expected().amount().add(off), branch), till.expected(),
                    List.of());
        }
        desk.awaitProjections();
    }

    /**
     * The bill of a finished appointment: its service, a retail product every third one (when the branch stocks
     * any), a tip every fourth; every other one paid part cash (with change) and part card, the rest by card, the
     * first of the second day partly from the gift voucher.
     */
    private CheckoutDesk.Request request(BookingView booking, int index, BranchView branch, String voucherCode) {
        List<CheckoutItem> items = new ArrayList<>();
        items.add(CheckoutItem.service(booking.serviceId(), booking.serviceName(), booking.price()));
        BigDecimal total = booking.price().amount();
        if (index % 3 == 1) {
            for (ProductView product : retailProducts(branch)) {
                items.add(CheckoutItem.retail(product.productId(), product.name(), BigDecimal.ONE,
                        product.retailPrice()));
                total = total.add(product.retailPrice().amount());
                break;
            }
        }
        if (index % 4 == 3) {
            Money tip = money(new BigDecimal("5"), branch);
            items.add(CheckoutItem.tip(booking.staffId(), "Tip", tip));
            total = total.add(tip.amount());
        }
        List<Tendered> paid = new ArrayList<>();
        if (voucherCode != null) {
            BigDecimal fromVoucher = total.min(new BigDecimal("30"));
            paid.add(Tendered.voucher(money(fromVoucher, branch), voucherCode));
            total = total.subtract(fromVoucher);
        }
        if (total.signum() > 0 && index % 2 == 0) {
            // Half in cash, handed over in notes of ten: change comes back.
            BigDecimal cash = total.divide(BigDecimal.TWO, 0, RoundingMode.DOWN);
            BigDecimal card = total.subtract(cash);
            if (card.signum() > 0) {
                paid.add(Tendered.card(money(card, branch), "DEMO-" + booking.bookingId().substring(0, 8)));
            }
            if (cash.signum() > 0) {
                BigDecimal notes = cash.divide(BigDecimal.TEN, 0, RoundingMode.UP).multiply(BigDecimal.TEN);
                paid.add(Tendered.cash(money(cash, branch), money(notes, branch)));
            }
        } else if (total.signum() > 0) {
            paid.add(Tendered.card(money(total, branch), "DEMO-" + booking.bookingId().substring(0, 8)));
        }
        return new CheckoutDesk.Request(booking.bookingId() + "-checkout", branch.branchId(), booking.customerId(),
                List.of(booking.bookingId()), items, List.of(), paid, false, false);
    }

    private List<ProductView> retailProducts(BranchView branch) {
        return desk.stockQueries().levels(branch.branchId()).stream()
                .filter(level -> level.kind() == ProductKind.RETAIL && level.available().compareTo(BigDecimal.TEN) > 0)
                .map(level -> desk.stockQueries().product(level.productId()).orElse(null))
                .filter(Objects::nonNull)
                .filter(product -> product.retailPrice() != null
                        && product.retailPrice().currency().equals(branch.currency()))
                .toList();
    }

    private static Money money(BigDecimal amount, BranchView branch) {
        return new Money(amount, branch.currency());
    }

    /** The demo's clock: set to the moment each thing is recorded. */
    private static final class DayClock extends Clock {
        private Instant now = Instant.EPOCH;

        void set(Instant instant) {
            now = instant;
        }

        void at(LocalDate day, LocalTime time, ZoneId zone) {
            now = day.atTime(time).atZone(zone).toInstant();
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
}
