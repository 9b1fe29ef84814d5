package com.salondesk.app.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.ScriptedDialogs;
import com.salondesk.app.TestSalon;
import com.salondesk.app.payment.DepositViewModel;
import com.salondesk.app.payment.VoucherSaleViewModel;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.shared.Money;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkout, deposit, refund and voucher forms on a real desk, with the work done on the test's thread. */
class CheckoutViewModelTest {

    @TempDir
    Path folder;
    private FrontDesk desk;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private String booking;

    @BeforeEach
    void open() {
        desk = TestSalon.openAt(folder, Instant.parse("2026-12-01T12:00:00Z"));
        String customer = desk.local().queries().searchCustomers("jane doe", 1).getFirst().customerId();
        booking = desk.local().bookings().book(desk.command(), new NewBooking(customer, TestSalon.BRANCH, TestSalon.BEN,
                TestSalon.CUT, TestSalon.TODAY.atTime(LocalTime.parse("11:00")),
                TestSalon.TODAY.atTime(LocalTime.parse("11:45")), false));
        desk.local().bookings().checkIn(desk.command(), booking);
        desk.local().awaitProjections();
    }

    @AfterEach
    void close() {
        desk.local().close();
    }

    private CheckoutViewModel checkout() {
        CheckoutViewModel checkout = new CheckoutViewModel(desk.checkouts(), tasks, dialogs, folder.resolve("receipts"),
                TestSalon.LONDON, booking);
        checkout.load();
        return checkout;
    }

    @Test
    void a_deposit_taken_counts_at_checkout_and_an_unpaid_rest_is_refused_until_paid_or_left_open() {
        DepositViewModel deposit = new DepositViewModel(desk.deposits(), tasks, desk.deposits().depositFor(booking));
        deposit.form().tenderProperty().set(Tender.CARD);
        deposit.form().amountTextProperty().set("20");
        deposit.form().referenceTextProperty().set("AUTH 9");
        deposit.save();
        assertThat(deposit.savedProperty().get()).isTrue();

        CheckoutViewModel checkout = checkout();
        assertThat(checkout.depositsProperty().get()).isEqualTo("Deposit already paid: £20.00");
        assertThat(checkout.remainingProperty().get()).isEqualTo("Left to pay: £35.00");
        long before = desk.local().log().count();
        checkout.complete();
        assertThat(checkout.completeErrorProperty().get())
                .isEqualTo("£35.00 is still to pay: add a payment, or leave the balance open.");
        assertThat(desk.local().log().count()).isEqualTo(before);

        checkout.leaveBalanceOpenProperty().set(true);
        checkout.complete();
        assertThat(checkout.receiptProperty().get().balance()).isEqualTo(Money.of("35", "GBP"));
        assertThat(checkout.receiptLines()).contains("Still to pay: £35.00");
    }

    @Test
    void a_declined_card_is_recorded_and_takes_nothing() {
        DepositViewModel deposit = new DepositViewModel(desk.deposits(), tasks, desk.deposits().depositFor(booking));
        deposit.form().tenderProperty().set(Tender.CARD);
        deposit.form().amountTextProperty().set("20");
        deposit.declinedProperty().set(true);
        deposit.save();
        assertThat(deposit.form().referenceErrorProperty().get())
                .isEqualTo("Enter the reference the card terminal printed.");
        deposit.form().referenceTextProperty().set("DECLINED 05");
        deposit.save();

        assertThat(desk.local().paymentQueries().paymentsOfBooking(booking)).singleElement()
                .satisfies(p -> assertThat(p.declined()).isTrue());
        assertThat(desk.deposits().depositFor(booking).paid()).isEqualTo(Money.of("0", "GBP"));
    }

    @Test
    void wrong_entries_are_explained_beside_them_and_nothing_is_written() {
        CheckoutViewModel checkout = checkout();
        long before = desk.local().log().count();
        checkout.tipTextProperty().set("five");
        assertThat(checkout.tipErrorProperty().get()).isEqualTo("'five' is not an amount; write it like 12.50.");
        checkout.addPayment();
        assertThat(checkout.paymentErrorProperty().get()).isEqualTo("Correct the bill first.");
        checkout.tipTextProperty().set("");
        checkout.addRetail();
        assertThat(checkout.retailErrorProperty().get()).isEqualTo("Choose a product first.");
        checkout.payment().amountTextProperty().set("60");
        checkout.addPayment();
        assertThat(checkout.payment().amountErrorProperty().get())
                .isEqualTo("That is more than is left to pay (£55.00).");
        assertThat(checkout.payments()).isEmpty();
        assertThat(desk.local().log().count()).isEqualTo(before);
    }

    @Test
    void a_voucher_sold_pays_part_of_a_checkout_and_a_refund_needs_a_reason_and_stays_within_the_payment() {
        VoucherSaleViewModel sale = new VoucherSaleViewModel(desk.checkouts(), tasks, "GBP");
        sale.form().amountTextProperty().set("30");
        sale.sell();
        String code = sale.soldCodeProperty().get().split(" ")[1].replace(",", "");

        CheckoutViewModel checkout = checkout();
        checkout.payment().tenderProperty().set(Tender.VOUCHER);
        checkout.payment().codeTextProperty().set(code);
        checkout.lookUpVoucher();
        assertThat(checkout.payment().voucherBalanceProperty().get()).isEqualTo("Balance: £30.00");
        checkout.payment().amountTextProperty().set("30");
        checkout.addPayment();
        checkout.payment().tenderProperty().set(Tender.CASH);
        checkout.payment().amountTextProperty().set("25");
        checkout.payment().receivedTextProperty().set("30");
        checkout.addPayment();
        assertThat(checkout.remainingProperty().get()).isEqualTo("Left to pay: £0.00");
        assertThat(checkout.changeProperty().get()).isEqualTo("Change to give: £5.00");
        checkout.complete();
        assertThat(desk.checkouts().voucherBalance(code)).contains(Money.of("0", "GBP"));

        var voucherPayment = checkout.receiptProperty().get().payments().getFirst();
        RefundViewModel refund = checkout.refund(voucherPayment).orElseThrow();
        refund.amountTextProperty().set("31");
        refund.save();
        assertThat(refund.amountErrorProperty().get()).isEqualTo("At most £30.00 is left of this payment to refund.");
        assertThat(refund.reasonErrorProperty().get()).isEqualTo("Say why the money is given back.");
        refund.amountTextProperty().set("10");
        refund.reasonTextProperty().set("Fringe not as agreed");
        refund.save();
        assertThat(refund.savedProperty().get()).isTrue();
        assertThat(checkout.receiptStatusProperty().get()).isEqualTo("Refunded £10.00 (Gift voucher).");
        assertThat(desk.checkouts().voucherBalance(code)).contains(Money.of("10", "GBP"));
    }
}
