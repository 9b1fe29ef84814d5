package com.salondesk.app.till;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.TestSalon;
import com.salondesk.app.port.TillMovement;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.payment.PaymentCommand;
import com.salondesk.domain.payment.PaymentDecider;
import com.salondesk.domain.payment.PaymentEvent;
import com.salondesk.domain.payment.Purpose;
import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.shared.Money;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The till screen's model on a real desk: open, cash in and out, a cash sale, the close with its difference. */
class TillViewModelTest {

    @TempDir
    Path folder;
    private FrontDesk desk;
    private TillViewModel screen;

    @BeforeEach
    void open() {
        desk = TestSalon.open(folder);
        screen = desk.till(new CurrentThreadTaskExecutor());
        screen.refresh();
    }

    @AfterEach
    void close() {
        desk.local().close();
    }

    private long logged() {
        return desk.local().log().count();
    }

    /** A cash sale taken on this desk, as the checkout records it. */
    private void cashSale(String amount, String received) {
        String id = UUID.randomUUID().toString();
        desk.local().store().executeOnNewStream(desk.command(), PaymentDecider.streamId(id), new PaymentDecider(),
                PaymentEvent.class, new PaymentCommand.Take(id, TestSalon.BRANCH, "GBP", Purpose.CHECKOUT, null,
                        "co-" + id, null, Tender.CASH, Money.of(amount, "GBP"), Money.of(received, "GBP"), null, null,
                        "front desk", TestSalon.NOW));
        desk.local().awaitProjections();
    }

    @Test
    void without_a_till_the_screen_asks_for_a_float_and_refuses_one_that_is_not_an_amount() {
        assertThat(screen.open().get()).isFalse();
        assertThat(screen.status().get()).startsWith("No till is open on this desk");
        long before = logged();
        screen.floatText().set("lots");
        screen.openTill();
        assertThat(screen.floatError().get()).isEqualTo("Enter an amount such as 12.50.");
        screen.floatText().set("-5");
        screen.openTill();
        assertThat(screen.floatError().get()).isEqualTo("The opening float must be zero or more.");
        assertThat(logged()).isEqualTo(before);
    }

    @Test
    void cash_in_and_out_with_a_reason_and_cash_sales_move_the_expected_cash() {
        screen.floatText().set("150");
        screen.openTill();
        assertThat(screen.open().get()).isTrue();
        assertThat(screen.expected().get()).isEqualTo("£150.00");

        long before = logged();
        screen.amountText().set("12.50");
        screen.cashOut();
        assertThat(screen.reasonError().get()).isEqualTo("Say why the cash goes in or out.");
        screen.amountText().set("0");
        screen.reasonText().set("window cleaner");
        screen.cashOut();
        assertThat(screen.amountError().get()).isEqualTo("Enter an amount greater than zero.");
        screen.amountText().set("12.505");
        screen.cashOut();
        assertThat(screen.amountError().get()).isEqualTo("Enter an amount such as 12.50.");
        assertThat(logged()).isEqualTo(before);

        screen.amountText().set("12.50");
        screen.cashOut();
        assertThat(screen.message().get()).isEqualTo("£12.50 taken out.");
        assertThat(screen.amountText().get()).isEmpty();
        screen.amountText().set("20");
        screen.reasonText().set("change from the bank");
        screen.cashIn();
        cashSale("55.00", "60.00");
        screen.refresh();

        assertThat(screen.expected().get()).isEqualTo("£212.50");
        assertThat(screen.movements()).extracting(TillMovement::kind).containsExactly(TillMovement.Kind.OUT,
                TillMovement.Kind.IN, TillMovement.Kind.SALE);
    }

    @Test
    void the_difference_shows_as_the_count_is_typed_and_the_close_records_it() {
        screen.floatText().set("100");
        screen.openTill();
        cashSale("40.00", "50.00");
        screen.refresh();

        screen.countedText().set("139.50");
        assertThat(screen.difference().get()).isEqualTo("Difference -£0.50: the drawer is short.");
        screen.countedText().set("140");
        assertThat(screen.difference().get()).isEqualTo("No difference: the drawer holds exactly what it should.");
        screen.countedText().set("141");
        assertThat(screen.difference().get()).isEqualTo("Difference +£1.00: the drawer holds more than expected.");
        screen.countedText().set("13x");
        assertThat(screen.difference().get()).isEmpty();
        long before = logged();
        screen.closeTill();
        assertThat(screen.countedError().get()).isEqualTo("Enter an amount such as 12.50.");
        assertThat(logged()).isEqualTo(before);

        screen.countedText().set("139.50");
        screen.closeTill();

        assertThat(screen.message().get())
                .isEqualTo("The day is closed: counted £139.50, expected £140.00, difference -£0.50.");
        assertThat(screen.open().get()).isFalse();
        assertThat(screen.reportTitle().get()).isEqualTo("Soho, Tuesday, 1 December 2026");
        assertThat(screen.report()).contains(new TillViewModel.ReportLine("Taken by cash", "£40.00"),
                new TillViewModel.ReportLine("Till on desk-soho-test · difference", "-£0.50"));
    }
}
