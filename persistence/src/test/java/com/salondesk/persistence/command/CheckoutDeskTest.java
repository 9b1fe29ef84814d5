package com.salondesk.persistence.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.branch.BranchCommand;
import com.salondesk.domain.branch.TaxRates;
import com.salondesk.domain.checkout.CheckoutItem;
import com.salondesk.domain.checkout.ProductUse;
import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.voucher.VoucherCode;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.read.DayTakings;
import com.salondesk.persistence.read.PaymentView;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checkouts and payments on a real desk in a temporary folder: the log, the ledger, and what is refused. */
class CheckoutDeskTest {

    private static final LocalDate DAY = LocalDate.parse("2026-12-01");

    @TempDir
    Path folder;
    private DeskBackEnd desk;
    private TestChain chain;
    private String booking;

    @BeforeEach
    void open() {
        desk = DeskBackEnd.open(folder, TestChain.clockFrom("2026-12-01T12:00:00Z"));
        chain = TestChain.setUp(desk);
        desk.setup().changeTaxRates(TestChain.ctx(), new BranchCommand.ChangeTaxRates(TestChain.BRANCH,
                new TaxRates(Map.of(TaxRates.SERVICES, new BigDecimal("20"), TaxRates.RETAIL, new BigDecimal("20"))),
                Instant.parse("2026-11-01T08:00:00Z")));
        booking = desk.bookings().book(TestChain.ctx(), new NewBooking(chain.customerId, TestChain.BRANCH,
                TestChain.STYLIST, TestChain.CUT, LocalDateTime.parse("2026-12-01T10:00"),
                LocalDateTime.parse("2026-12-01T10:45"), false));
        desk.bookings().checkIn(TestChain.ctx(), booking);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    private static final List<CheckoutItem> CUT_SHAMPOO_AND_TIP = List.of(
            CheckoutItem.service(TestChain.CUT, "Cut & finish", gbp("55.00")),
            CheckoutItem.retail("shampoo", "Shampoo", new BigDecimal("2"), gbp("12.99")),
            CheckoutItem.tip(TestChain.STYLIST, "Tip for Anna", gbp("5")));

    private CheckoutDesk.Request request(String checkoutId, List<CheckoutItem> items, List<Tendered> payments,
                                         boolean leaveOpen) {
        return new CheckoutDesk.Request(checkoutId, TestChain.BRANCH, chain.customerId, List.of(booking), items,
                List.of(new ProductUse(booking, "colour", new BigDecimal("45"))), payments, leaveOpen, true);
    }

    private void assertRefused(Runnable command, String code) {
        TestChain.settle(desk); // the booking saga has done its part before the log is counted
        long before = desk.log().count();
        assertThatThrownBy(command::run).isInstanceOf(DomainRejection.class)
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo(code);
        assertThat(desk.log().count()).as("nothing recorded").isEqualTo(before);
    }

    @Test
    void a_split_payment_records_checkout_payments_stock_and_booking_in_that_order() {
        TestChain.settle(desk); // the booking saga has done its part before the log is counted
        long before = desk.log().count();

        var done = desk.checkouts().complete(TestChain.ctx(), request("k1", CUT_SHAMPOO_AND_TIP,
                List.of(Tendered.card(gbp("50"), "AUTH 4411"), Tendered.cash(gbp("35.98"), gbp("40"))), false));

        assertThat(done.total()).isEqualTo(gbp("85.98"));
        assertThat(done.tax()).isEqualTo(gbp("13.50"));
        assertThat(done.balance()).isEqualTo(gbp("0"));
        assertThat(done.change()).isEqualTo(gbp("4.02"));
        assertThat(done.paymentIds()).containsExactly("k1-1", "k1-2");
        // The checkout's own transaction (the inventory handler's stock.used may follow it at any moment).
        List<RecordedEvent> recorded = desk.log().readAfter(before, 5);
        assertThat(recorded).extracting(RecordedEvent::type).containsExactly("checkout.completed", "payment.taken",
                "payment.taken", "stock.sold", "booking.completed");
        assertThat(recorded).extracting(RecordedEvent::position).isSorted();

        desk.awaitProjections();
        DayTakings takings = desk.paymentQueries().takingsOn(TestChain.BRANCH, DAY);
        assertThat(takings.byTender()).extracting(DayTakings.ByTender::tender, DayTakings.ByTender::net)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Tender.CARD, gbp("50")),
                        org.assertj.core.groups.Tuple.tuple(Tender.CASH, gbp("35.98")));
        assertThat(takings.net()).isEqualTo(gbp("85.98"));
        PaymentView cash = desk.paymentQueries().payment("k1-2").orElseThrow();
        assertThat(cash.change()).isEqualTo(gbp("4.02"));
        assertThat(cash.deviceId()).isEqualTo(TestChain.DESK.deviceId());
        assertThat(desk.paymentQueries().checkout("k1").orElseThrow().lines()).hasSize(3);
        assertThat(desk.paymentQueries().customerSpend(chain.customerId)).containsExactly(gbp("85.98"));
        assertThat(desk.queries().booking(booking).orElseThrow().status()).isEqualTo(BookingStatus.COMPLETED);
    }

    @Test
    void the_same_checkout_completed_again_charges_nothing_twice() {
        var request = request("k1", CUT_SHAMPOO_AND_TIP,
                List.of(Tendered.card(gbp("50"), "AUTH 4411"), Tendered.cash(gbp("35.98"), gbp("40"))), false);
        desk.checkouts().complete(TestChain.ctx(), request);
        TestChain.settle(desk); // the booking saga has done its part before the log is counted
        long after = desk.log().count();

        var again = desk.checkouts().complete(TestChain.ctx(), request);

        assertThat(desk.log().count()).isEqualTo(after);
        assertThat(again.total()).isEqualTo(gbp("85.98"));
        desk.awaitProjections();
        assertThat(desk.paymentQueries().takingsOn(TestChain.BRANCH, DAY).net()).isEqualTo(gbp("85.98"));
    }

    @Test
    void a_deposit_counts_toward_the_checkout() {
        String deposit = desk.payments().takeDeposit(TestChain.ctx(), booking, Tendered.card(gbp("20"), "AUTH 1"));
        desk.awaitProjections();

        var done = desk.checkouts().complete(TestChain.ctx(), request("k1",
                List.of(CheckoutItem.service(TestChain.CUT, "Cut & finish", gbp("55"))),
                List.of(Tendered.cash(gbp("35"), gbp("35"))), false));

        assertThat(done.paymentIds()).containsExactly(deposit, "k1-1");
        assertThat(done.paid()).isEqualTo(gbp("55"));
        assertThat(done.balance()).isEqualTo(gbp("0"));
    }

    @Test
    void a_partly_paid_checkout_keeps_its_balance_open_until_paid_and_never_beyond() {
        List<CheckoutItem> cut = List.of(CheckoutItem.service(TestChain.CUT, "Cut & finish", gbp("55")));
        assertRefused(() -> desk.checkouts().complete(TestChain.ctx(), request("k1", cut,
                List.of(Tendered.cash(gbp("30"), null)), false)), "checkout.unpaid-balance");

        var done = desk.checkouts().complete(TestChain.ctx(), request("k1", cut,
                List.of(Tendered.cash(gbp("30"), null)), true));
        assertThat(done.balance()).isEqualTo(gbp("25"));

        assertRefused(() -> desk.payments().payBalance(TestChain.ctx(), "k1", Tendered.card(gbp("25.01"), "A1")),
                "checkout.overpaid");
        desk.payments().payBalance(TestChain.ctx(), "k1", Tendered.card(gbp("25"), "A1"));
        desk.awaitProjections();
        assertThat(desk.paymentQueries().checkout("k1").orElseThrow().balance()).isEqualTo(gbp("0"));
        assertThat(desk.paymentQueries().paymentsOfCheckout("k1")).hasSize(2);
        assertRefused(() -> desk.payments().payBalance(TestChain.ctx(), "k1", Tendered.cash(gbp("1"), null)),
                "checkout.overpaid");
    }

    @Test
    void bad_payments_are_refused_and_nothing_is_written() {
        assertRefused(() -> desk.checkouts().complete(TestChain.ctx(), request("k1", CUT_SHAMPOO_AND_TIP,
                List.of(Tendered.card(gbp("50"), " "), Tendered.cash(gbp("35.98"), gbp("40"))), false)),
                "payment.terminal-reference-required");
        assertRefused(() -> desk.checkouts().complete(TestChain.ctx(), request("k1", CUT_SHAMPOO_AND_TIP,
                List.of(Tendered.cash(gbp("85.98"), gbp("80"))), false)), "payment.cash-short");
        assertRefused(() -> desk.checkouts().complete(TestChain.ctx(), request("k1", CUT_SHAMPOO_AND_TIP,
                List.of(Tendered.cash(Money.of("85.98", "EUR"), null)), false)), "payment.wrong-currency");
        assertRefused(() -> desk.checkouts().complete(TestChain.ctx(), request("k1", CUT_SHAMPOO_AND_TIP,
                List.of(Tendered.cash(gbp("90"), null)), false)), "checkout.overpaid");
    }

    @Test
    void a_refund_is_recorded_once_never_beyond_what_was_paid() {
        String deposit = desk.payments().takeDeposit(TestChain.ctx(), booking, Tendered.cash(gbp("20"), gbp("20")));
        assertRefused(() -> desk.payments().refund(TestChain.ctx(), deposit, gbp("20.01"), "too much"),
                "payment.refund-exceeds-payment");
        assertRefused(() -> desk.payments().refund(TestChain.ctx(), deposit, gbp("5"), " "),
                "payment.refund-reason-required");

        desk.payments().refund(TestChain.ctx(), deposit, "r1", gbp("5"), "styling not wanted");
        TestChain.settle(desk); // the booking saga has done its part before the log is counted
        long after = desk.log().count();
        desk.payments().refund(TestChain.ctx(), deposit, "r1", gbp("5"), "styling not wanted");
        assertThat(desk.log().count()).isEqualTo(after);

        desk.awaitProjections();
        assertThat(desk.paymentQueries().payment(deposit).orElseThrow().left()).isEqualTo(gbp("15"));
        var cash = desk.paymentQueries().takingsOn(TestChain.BRANCH, DAY).byTender().getFirst();
        assertThat(cash.taken()).isEqualTo(gbp("20"));
        assertThat(cash.refunded()).isEqualTo(gbp("5"));
        assertThat(cash.net()).isEqualTo(gbp("15"));
        assertRefused(() -> desk.payments().refund(TestChain.ctx(), deposit, gbp("15.01"), "rest"),
                "payment.refund-exceeds-payment");
    }

    @Test
    void a_deposit_named_by_its_caller_is_taken_once_and_a_declined_card_is_no_taking() {
        desk.payments().takeDeposit(TestChain.ctx(), "dep-1", booking, Tendered.card(gbp("20"), "AUTH 1"));
        TestChain.settle(desk); // the booking saga has done its part before the log is counted
        long after = desk.log().count();
        desk.payments().takeDeposit(TestChain.ctx(), "dep-1", booking, Tendered.card(gbp("20"), "AUTH 1"));
        assertThat(desk.log().count()).isEqualTo(after);

        desk.payments().recordDeclinedDeposit(TestChain.ctx(), booking, gbp("20"), "DECLINED 05");
        desk.awaitProjections();
        assertThat(desk.paymentQueries().paymentsOfBooking(booking)).extracting(PaymentView::declined)
                .containsExactlyInAnyOrder(false, true);
        assertThat(desk.paymentQueries().takingsOn(TestChain.BRANCH, DAY).net()).isEqualTo(gbp("20"));
        assertRefused(() -> desk.payments().takeDeposit(TestChain.ctx(), "nobody", Tendered.card(gbp("20"), "A")),
                "booking.not-found");
    }

    @Test
    void a_gift_voucher_pays_up_to_its_balance_and_a_refund_puts_it_back() {
        var sale = desk.payments().sellVoucher(TestChain.ctx(), TestChain.BRANCH, gbp("50"),
                Tendered.cash(gbp("50"), gbp("50")), chain.customerId);
        assertThat(VoucherCode.isValid(sale.code())).isTrue();
        assertRefused(() -> desk.payments().sellVoucher(TestChain.ctx(), TestChain.BRANCH, gbp("50"),
                Tendered.cash(gbp("40"), null), null), "voucher.paid-amount-differs");

        List<CheckoutItem> cut = List.of(CheckoutItem.service(TestChain.CUT, "Cut & finish", gbp("55")));
        assertRefused(() -> desk.checkouts().complete(TestChain.ctx(), request("k1", cut,
                List.of(Tendered.voucher(gbp("55"), sale.code())), false)), "voucher.balance-too-low");
        String unknown = VoucherCode.generate(new Random(99));
        assertRefused(() -> desk.checkouts().complete(TestChain.ctx(), request("k1", cut,
                List.of(Tendered.voucher(gbp("55"), unknown)), false)), "voucher.not-found");

        desk.checkouts().complete(TestChain.ctx(), request("k1", cut,
                List.of(Tendered.voucher(gbp("50"), sale.code().toLowerCase()), Tendered.card(gbp("5"), "A9")), false));
        assertThat(desk.payments().voucher(sale.code()).orElseThrow().balance()).isEqualTo(gbp("0"));

        desk.payments().refund(TestChain.ctx(), "k1-1", gbp("20"), "colour not as agreed");
        assertThat(desk.payments().voucher(sale.code()).orElseThrow().balance()).isEqualTo(gbp("20"));
        desk.awaitProjections();
        assertThat(desk.paymentQueries().voucher(sale.code()).orElseThrow().balance()).isEqualTo(gbp("20"));
    }
}
