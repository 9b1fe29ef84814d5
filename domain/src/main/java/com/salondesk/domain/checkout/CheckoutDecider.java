package com.salondesk.domain.checkout;

import com.salondesk.domain.payment.Amounts;
import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * Completes checkouts: a bill priced at the branch's tax rates, paid in full, or — when the person chooses to —
 * with the balance left open and paid later, never beyond it.
 */
public final class CheckoutDecider implements Decider<CheckoutCommand, Checkout, CheckoutEvent> {

    public static String streamId(String checkoutId) {
        return "checkout-" + checkoutId;
    }

    @Override
    public Checkout initialState() {
        return new Checkout.NotCompleted();
    }

    @Override
    public List<CheckoutEvent> decide(CheckoutCommand command, Checkout state) {
        return switch (command) {
            case CheckoutCommand.Complete c -> switch (state) {
                case Checkout.NotCompleted n -> List.of(completed(c));
                // Completing the same checkout again (a repeated command) records nothing twice.
                case Checkout.Completed done -> List.of();
            };
            case CheckoutCommand.PayBalance p -> switch (state) {
                case Checkout.NotCompleted n -> throw new DomainRejection("checkout.not-found", p.checkoutId());
                case Checkout.Completed done when done.paymentIds().contains(p.paymentId()) -> List.of();
                case Checkout.Completed done -> {
                    if (p.amount() == null || !Amounts.isPositive(p.amount())) {
                        throw new DomainRejection("payment.amount-not-positive", p.amount() == null ? "" : p.amount());
                    }
                    if (!p.amount().currency().equals(done.balance().currency())) {
                        throw new DomainRejection("checkout.wrong-currency", p.amount(), done.balance().currency());
                    }
                    if (Amounts.compare(p.amount(), done.balance()) > 0) {
                        throw new DomainRejection("checkout.overpaid", p.amount(), done.balance());
                    }
                    yield List.of(new CheckoutEvent.BalancePaid(p.checkoutId(), p.paymentId(), p.amount(),
                            Amounts.minus(done.balance(), p.amount()), p.now()));
                }
            };
        };
    }

    @Override
    public Checkout evolve(Checkout state, CheckoutEvent event) {
        return switch (event) {
            case CheckoutEvent.Completed c -> new Checkout.Completed(c, c.balance(), c.paymentIds());
            case CheckoutEvent.BalancePaid p -> {
                if (!(state instanceof Checkout.Completed done)) {
                    yield state;
                }
                List<String> ids = new ArrayList<>(done.paymentIds());
                ids.add(p.paymentId());
                yield new Checkout.Completed(done.completed(), p.balance(), ids);
            }
        };
    }

    private static CheckoutEvent.Completed completed(CheckoutCommand.Complete c) {
        if (c.items().isEmpty()) {
            throw new DomainRejection("checkout.empty");
        }
        for (ProductUse use : c.productsUsed()) {
            if (use.quantity() == null || use.quantity().signum() < 0) {
                throw new DomainRejection("checkout.product-quantity-negative", use.productId());
            }
        }
        Bill bill = Bill.of(c.items(), c.rates(), c.currency());
        Money paid = c.paid() == null ? Amounts.zero(c.currency()) : c.paid();
        if (!paid.currency().equals(c.currency())) {
            throw new DomainRejection("checkout.wrong-currency", paid, c.currency());
        }
        if (Amounts.compare(paid, bill.total()) > 0) {
            throw new DomainRejection("checkout.overpaid", paid, bill.total());
        }
        Money balance = Amounts.minus(bill.total(), paid);
        if (Amounts.isPositive(balance) && !c.leaveBalanceOpen()) {
            throw new DomainRejection("checkout.unpaid-balance", balance);
        }
        return new CheckoutEvent.Completed(c.checkoutId(), c.branchId(), c.customerId(), c.bookingIds(), bill.lines(),
                c.productsUsed(), bill.total(), bill.tax(), c.paymentIds(), paid, balance, c.now());
    }
}
