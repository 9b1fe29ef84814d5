package com.salondesk.persistence.command;

import com.salondesk.domain.booking.BookingCommand;
import com.salondesk.domain.booking.BookingDecider;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.booking.BookingPolicy;
import com.salondesk.domain.branch.Branch;
import com.salondesk.domain.branch.BranchDecider;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.checkout.Bill;
import com.salondesk.domain.checkout.Checkout;
import com.salondesk.domain.checkout.CheckoutCommand;
import com.salondesk.domain.checkout.CheckoutDecider;
import com.salondesk.domain.checkout.CheckoutEvent;
import com.salondesk.domain.checkout.CheckoutItem;
import com.salondesk.domain.checkout.CheckoutLine;
import com.salondesk.domain.checkout.LineKind;
import com.salondesk.domain.checkout.ProductUse;
import com.salondesk.domain.payment.Amounts;
import com.salondesk.domain.payment.Payment;
import com.salondesk.domain.payment.PaymentDecider;
import com.salondesk.domain.payment.PaymentEvent;
import com.salondesk.domain.payment.Purpose;
import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.stock.StockCommand;
import com.salondesk.domain.stock.StockEvent;
import com.salondesk.domain.stock.StockLine;
import com.salondesk.domain.stock.StockMovementDecider;
import com.salondesk.persistence.command.AggregateStore.Step;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.read.PaymentQueries;
import com.salondesk.persistence.read.PaymentView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Completes a checkout in one {@link AggregateStore#execute}, steps in this order: the checkout's stream, its
 * payments (a voucher's redemption beside its payment), {@code stock.sold} for the retail items, then
 * {@code booking.completed} for each booking — so anything following the log sees the amounts actually used before
 * the booking completes. Deposits already taken for its bookings count toward it. The same checkout completed again
 * records nothing twice: its payment and stock movement ids follow from the checkout's id.
 */
public final class CheckoutDesk {

    private static final BranchDecider BRANCHES = new BranchDecider();
    private static final CheckoutDecider CHECKOUTS = new CheckoutDecider();
    private static final BookingDecider BOOKINGS = new BookingDecider();

    private final AggregateStore store;
    private final PaymentQueries payments;
    private final Function<String, Map<String, BigDecimal>> stockOnHand;
    private final Clock clock;

    /**
     * {@code stockOnHand}: a branch's products on hand by product id (the stock read model), against which a sale
     * that takes a product below zero needs the person's consent.
     */
    public CheckoutDesk(AggregateStore store, PaymentQueries payments,
                        Function<String, Map<String, BigDecimal>> stockOnHand, Clock clock) {
        this.store = store;
        this.payments = payments;
        this.stockOnHand = stockOnHand;
        this.clock = clock;
    }

    /**
     * A checkout as the desk asks for it. {@code checkoutId} is named by the caller when the checkout is opened, so
     * pressing Complete twice completes it once; {@code payments} are the tenders taken now (deposits are found
     * and counted here). {@code leaveBalanceOpen}: complete even though less than the total is paid (the balance
     * is paid later through {@link PaymentDesk#payBalance}). {@code acceptStockBelowZero}: the person saw the
     * warning that a retail item takes the stock below zero and sells anyway.
     */
    public record Request(String checkoutId, String branchId, String customerId, List<String> bookingIds,
                          List<CheckoutItem> items, List<ProductUse> productsUsed, List<Tendered> payments,
                          boolean leaveBalanceOpen, boolean acceptStockBelowZero) {
        public Request {
            bookingIds = List.copyOf(bookingIds);
            items = List.copyOf(items);
            productsUsed = List.copyOf(productsUsed);
            payments = List.copyOf(payments);
        }
    }

    /**
     * A completed checkout: its bill, the payments toward it (deposits first, then those taken now), what they came
     * to, what is left to pay, and the change given for cash.
     */
    public record Completed(String checkoutId, String branchId, List<CheckoutLine> lines, Money total, Money tax,
                            List<String> paymentIds, Money paid, Money balance, Money change, Instant at) {
        public Completed {
            lines = List.copyOf(lines);
            paymentIds = List.copyOf(paymentIds);
        }
    }

    /** The bill of {@code items} at the branch's tax rates, for a screen to show before anything is recorded. */
    public Bill price(String branchId, List<CheckoutItem> items) {
        Branch.Open branch = branch(branchId);
        return Bill.of(items, branch.taxRates(), branch.currency());
    }

    /** The deposits taken for these bookings and not refunded, as they count toward a checkout. */
    public List<PaymentView> depositsFor(List<String> bookingIds) {
        return bookingIds.stream().flatMap(id -> payments.depositsToCount(id).stream()).toList();
    }

    /** Completes the checkout, or refuses with a {@link DomainRejection} and records nothing. */
    public Completed complete(EventContext context, Request request) {
        String checkoutStream = CheckoutDecider.streamId(request.checkoutId());
        if (store.load(checkoutStream, CHECKOUTS, CheckoutEvent.class).state() instanceof Checkout.Completed done) {
            return completed(done.completed(), Amounts.zero(done.balance().currency()), done.balance());
        }
        Branch.Open branch = branch(request.branchId());
        String currency = branch.currency();
        String actor = context.userId();
        Instant now = clock.instant();

        List<String> paymentIds = new ArrayList<>();
        Money paid = Amounts.zero(currency);
        for (String depositId : depositIds(request.bookingIds())) {
            if (store.load(PaymentDecider.streamId(depositId), PaymentSteps.PAYMENTS,
                    PaymentEvent.class).state() instanceof Payment.Taken deposit
                    && deposit.taken().purpose() == Purpose.DEPOSIT
                    && deposit.left().currency().equals(currency) && Amounts.isPositive(deposit.left())) {
                paymentIds.add(depositId);
                paid = Amounts.plus(paid, deposit.left());
            }
        }
        List<Step<?, ?, ?>> paymentSteps = new ArrayList<>();
        Money change = Amounts.zero(currency);
        var what = new PaymentSteps.For(request.branchId(), currency, Purpose.CHECKOUT, null, request.checkoutId(),
                request.customerId());
        for (int i = 0; i < request.payments().size(); i++) {
            Tendered tendered = request.payments().get(i);
            if (tendered.amount() != null && !tendered.amount().currency().equals(currency)) {
                // Said before the bill is checked, so the person hears about the tender, not an odd balance.
                throw new DomainRejection("payment.wrong-currency", tendered.amount(), currency);
            }
            // Named after the checkout, so the same checkout again finds its payments already taken.
            String paymentId = request.checkoutId() + "-" + (i + 1);
            paymentSteps.addAll(PaymentSteps.take(paymentId, what, tendered, actor, now));
            paymentIds.add(paymentId);
            if (tendered.amount() != null) {
                paid = Amounts.plus(paid, tendered.amount());
                if (tendered.tender() == Tender.CASH && tendered.cashReceived() != null
                        && tendered.cashReceived().currency().equals(currency)
                        && Amounts.compare(tendered.cashReceived(), tendered.amount()) > 0) {
                    change = Amounts.plus(change, Amounts.minus(tendered.cashReceived(), tendered.amount()));
                }
            }
        }

        List<Step<?, ?, ?>> steps = new ArrayList<>();
        steps.add(Step.onNew(checkoutStream, CHECKOUTS, CheckoutEvent.class, new CheckoutCommand.Complete(
                request.checkoutId(), request.branchId(), currency, branch.taxRates(), request.customerId(),
                request.bookingIds(), request.items(), request.productsUsed(), paymentIds, paid,
                request.leaveBalanceOpen(), actor, now)));
        steps.addAll(paymentSteps);
        List<StockLine> sold = retailLines(request.items());
        if (!sold.isEmpty()) {
            String movementId = request.checkoutId() + "-sale";
            steps.add(Step.on(StockMovementDecider.streamId(movementId),
                    new StockMovementDecider(stockOnHand.apply(request.branchId())), StockEvent.MovementEvent.class,
                    new StockCommand.RecordSale(movementId, request.branchId(), request.checkoutId(), sold,
                            request.acceptStockBelowZero(), actor, now)));
        }
        var window = BookingPolicy.checkInWindow(branch);
        for (String bookingId : request.bookingIds()) {
            steps.add(Step.on(BookingDecider.streamId(bookingId), BOOKINGS, BookingEvent.class,
                    new BookingCommand.Complete(bookingId, window, actor, now)));
        }
        store.execute(context, steps);
        var done = (Checkout.Completed) store.load(checkoutStream, CHECKOUTS, CheckoutEvent.class).state();
        return completed(done.completed(), change, done.balance());
    }

    private List<String> depositIds(List<String> bookingIds) {
        return depositsFor(bookingIds).stream().map(PaymentView::paymentId).distinct().toList();
    }

    /** The retail items as stock lines, one per product (the same product twice on the bill is one line). */
    private static List<StockLine> retailLines(List<CheckoutItem> items) {
        Map<String, BigDecimal> byProduct = new LinkedHashMap<>();
        for (CheckoutItem item : items) {
            if (item.kind() == LineKind.RETAIL && item.reference() != null && item.quantity() != null) {
                byProduct.merge(item.reference(), item.quantity(), BigDecimal::add);
            }
        }
        return byProduct.entrySet().stream().map(e -> new StockLine(e.getKey(), e.getValue())).toList();
    }

    private static Completed completed(CheckoutEvent.Completed c, Money change, Money balance) {
        return new Completed(c.checkoutId(), c.branchId(), c.lines(), c.total(), c.tax(), c.paymentIds(), c.paid(),
                balance, change, c.at());
    }

    private Branch.Open branch(String branchId) {
        Branch branch = store.load(BranchDecider.streamId(branchId), BRANCHES, BranchEvent.class).state();
        if (!(branch instanceof Branch.Open open)) {
            throw new DomainRejection("branch.not-found", branchId);
        }
        return open;
    }
}
