package com.salondesk.domain.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.branch.TaxRates;
import com.salondesk.domain.shared.DeciderScenario;
import com.salondesk.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckoutDeciderTest {

    private static final Instant NOW = Instant.parse("2026-12-01T16:00:00Z");
    private static final TaxRates UK = new TaxRates(Map.of(TaxRates.SERVICES, new BigDecimal("20"),
            TaxRates.RETAIL, new BigDecimal("20")));
    private static final List<CheckoutItem> ITEMS = List.of(
            CheckoutItem.service("cut", "Cut & finish", gbp("55.00")),
            CheckoutItem.retail("shampoo", "Shampoo", new BigDecimal("2"), gbp("12.99")),
            CheckoutItem.tip("mia", "Tip for Mia", gbp("5")));
    private static final List<ProductUse> USED = List.of(new ProductUse("b1", "colour", new BigDecimal("45")));

    private final DeciderScenario<CheckoutCommand, Checkout, CheckoutEvent> checkouts =
            DeciderScenario.of(new CheckoutDecider());

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    private static CheckoutCommand.Complete complete(List<CheckoutItem> items, Money paid, boolean leaveOpen) {
        return new CheckoutCommand.Complete("k1", "soho", "GBP", UK, "c1", List.of("b1"), items, USED,
                List.of("p1", "p2"), paid, leaveOpen, "ana", NOW);
    }

    @Test
    void a_checkout_prices_each_line_with_the_tax_it_includes_and_tips_untaxed() {
        Bill bill = Bill.of(ITEMS, UK, "GBP");
        assertThat(bill.lines()).extracting(CheckoutLine::total)
                .containsExactly(gbp("55.00"), gbp("25.98"), gbp("5.00"));
        // 55 × 20/120 = 9.1666… → 9.17; 25.98 × 20/120 = 4.33; a tip carries none.
        assertThat(bill.lines()).extracting(CheckoutLine::tax).containsExactly(gbp("9.17"), gbp("4.33"), gbp("0.00"));
        assertThat(bill.total()).isEqualTo(gbp("85.98"));
        assertThat(bill.tax()).isEqualTo(gbp("13.50"));
    }

    @Test
    void tax_rounds_half_up_to_the_minor_unit_of_the_currency() {
        var yen = Bill.of(List.of(new CheckoutItem(LineKind.SERVICE, "cut", "Cut", BigDecimal.ONE,
                Money.of("5500", "JPY"))), new TaxRates(Map.of(TaxRates.SERVICES, BigDecimal.TEN)), "JPY");
        assertThat(yen.tax()).isEqualTo(Money.of("500", "JPY"));
        // 0.21 at 10 %: 0.019090… → 0.02 (half-up at the cent), never a double's 0.0190909.
        var cents = Bill.of(List.of(CheckoutItem.retail("pin", "Pin", BigDecimal.ONE, Money.of("0.21", "EUR"))),
                new TaxRates(Map.of(TaxRates.RETAIL, BigDecimal.TEN)), "EUR");
        assertThat(cents.tax()).isEqualTo(Money.of("0.02", "EUR"));
    }

    @Test
    void a_paid_checkout_is_completed_with_its_lines_products_and_payments() {
        Bill bill = Bill.of(ITEMS, UK, "GBP");
        checkouts.given().when(complete(ITEMS, gbp("85.98"), false)).thenEvents(new CheckoutEvent.Completed("k1",
                "soho", "c1", List.of("b1"), bill.lines(), USED, gbp("85.98"), gbp("13.50"), List.of("p1", "p2"),
                gbp("85.98"), gbp("0"), NOW));
    }

    @Test
    void an_unpaid_balance_is_refused_unless_the_desk_leaves_it_open() {
        checkouts.given().when(complete(ITEMS, gbp("80"), false)).thenRejected("checkout.unpaid-balance");
        checkouts.given().when(complete(ITEMS, gbp("86"), false)).thenRejected("checkout.overpaid");
        Bill bill = Bill.of(ITEMS, UK, "GBP");
        var open = new CheckoutEvent.Completed("k1", "soho", "c1", List.of("b1"), bill.lines(), USED, gbp("85.98"),
                gbp("13.50"), List.of("p1", "p2"), gbp("80"), gbp("5.98"), NOW);
        checkouts.given().when(complete(ITEMS, gbp("80"), true)).thenEvents(open);
        checkouts.given(open).when(new CheckoutCommand.PayBalance("k1", "p3", gbp("6"), "ana", NOW))
                .thenRejected("checkout.overpaid");
        var rest = new CheckoutEvent.BalancePaid("k1", "p3", gbp("5.98"), gbp("0"), NOW);
        checkouts.given(open).when(new CheckoutCommand.PayBalance("k1", "p3", gbp("5.98"), "ana", NOW))
                .thenEvents(rest);
        checkouts.given(open, rest).when(new CheckoutCommand.PayBalance("k1", "p3", gbp("5.98"), "ana", NOW))
                .thenNothing();
        checkouts.given().when(new CheckoutCommand.PayBalance("k1", "p3", gbp("1"), "ana", NOW))
                .thenRejected("checkout.not-found");
    }

    @Test
    void completing_the_same_checkout_again_records_nothing() {
        var done = new CheckoutDecider().decide(complete(ITEMS, gbp("85.98"), false), new Checkout.NotCompleted());
        checkouts.given(done).when(complete(ITEMS, gbp("85.98"), false)).thenNothing();
    }

    @Test
    void bad_lines_are_refused() {
        checkouts.given().when(complete(List.of(), gbp("0"), false)).thenRejected("checkout.empty");
        checkouts.given().when(complete(List.of(CheckoutItem.retail("s", "Shampoo", BigDecimal.ZERO, gbp("1"))),
                gbp("0"), true)).thenRejected("checkout.quantity-not-positive");
        checkouts.given().when(complete(List.of(CheckoutItem.tip("mia", "Tip", gbp("0"))), gbp("0"), true))
                .thenRejected("checkout.price-not-valid");
        checkouts.given().when(complete(List.of(CheckoutItem.service("cut", " ", gbp("1"))), gbp("0"), true))
                .thenRejected("checkout.description-required");
        checkouts.given().when(complete(List.of(CheckoutItem.service("cut", "Cut", Money.of("1", "EUR"))), gbp("0"),
                true)).thenRejected("checkout.wrong-currency");
        checkouts.given().when(new CheckoutCommand.Complete("k1", "soho", "GBP", UK, "c1", List.of("b1"), ITEMS,
                List.of(new ProductUse("b1", "colour", new BigDecimal("-1"))), List.of(), gbp("0"), true, "ana", NOW))
                .thenRejected("checkout.product-quantity-negative");
    }
}
