package com.salondesk.app.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.ScriptedDialogs;
import com.salondesk.app.TestSalon;
import com.salondesk.app.payment.DepositViewModel;
import com.salondesk.app.payment.VoucherSaleViewModel;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.checkout.CheckoutEvent;
import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.product.ProductCommand;
import com.salondesk.domain.product.ProductKind;
import com.salondesk.domain.product.ProductUnit;
import com.salondesk.domain.service.ServiceCommand;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.stock.StockCommand;
import com.salondesk.domain.stock.StockLine;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
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

    @Test
    void retail_items_and_the_products_the_stylist_used_reach_the_stock() {
        var ctx = desk.command();
        Instant now = Instant.parse("2026-12-01T07:00:00Z");
        desk.local().stock().addProduct(ctx, new ProductCommand.Add("shampoo", "Repair shampoo", "SH-1",
                ProductKind.RETAIL, ProductUnit.PIECE, Money.of("12.99", "GBP"), "test", now));
        desk.local().stock().addProduct(ctx, new ProductCommand.Add("serum", "Finishing serum", "SE-1",
                ProductKind.BACK_BAR, ProductUnit.ML, null, "test", now));
        desk.local().setup().changeProductsUsed(ctx, new ServiceCommand.ChangeProductsUsed(TestSalon.CUT,
                List.of(StockLine.of("serum", "10")), now));
        desk.local().stock().receive(ctx, new StockCommand.Receive("delivery-1", TestSalon.BRANCH, "DN-1",
                List.of(StockLine.of("shampoo", "5")), "test", now));
        desk.local().awaitProjections();

        CheckoutViewModel checkout = checkout();
        assertThat(checkout.productsUsed()).singleElement().satisfies(row -> {
            assertThat(row.label()).isEqualTo("Finishing serum (ml)");
            assertThat(row.quantityTextProperty().get()).isEqualTo("10");
        });
        checkout.productsUsed().getFirst().quantityTextProperty().set("lots");
        checkout.retailChoiceProperty().set(checkout.retailProducts().getFirst());
        checkout.retailQuantityTextProperty().set("0");
        checkout.addRetail();
        assertThat(checkout.retailErrorProperty().get()).isEqualTo("Enter a whole number of pieces, more than zero.");
        checkout.retailQuantityTextProperty().set("2");
        checkout.addRetail();
        assertThat(checkout.remainingProperty().get()).isEqualTo("Left to pay: £80.98");
        checkout.payment().amountTextProperty().set("80.98");
        checkout.addPayment();
        checkout.complete();
        assertThat(checkout.completeErrorProperty().get()).isEqualTo("Some entries need correcting; see the messages above.");
        assertThat(checkout.productsUsed().getFirst().errorProperty().get())
                .isEqualTo("Enter how much was used, like 45 or 12.5 (nothing used: 0).");

        checkout.productsUsed().getFirst().quantityTextProperty().set("12,5");
        checkout.complete();
        assertThat(checkout.receiptProperty().get()).isNotNull();
        desk.local().awaitProjections();
        assertThat(desk.local().stockQueries().level(TestSalon.BRANCH, "shampoo").orElseThrow().onHand())
                .isEqualByComparingTo("3");
        assertThat(desk.local().log().readAfter(0, 10_000).stream().map(e -> e.event())
                .filter(e -> e instanceof CheckoutEvent.Completed).map(e -> ((CheckoutEvent.Completed) e).productsUsed())
                .findFirst().orElseThrow()).singleElement()
                .satisfies(use -> assertThat(use.quantity()).isEqualByComparingTo("12.5"));
    }
}
