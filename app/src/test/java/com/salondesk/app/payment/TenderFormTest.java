package com.salondesk.app.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.port.PaymentEntry;
import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.voucher.VoucherCode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TenderFormTest {

    private final TenderForm form = new TenderForm("GBP");

    @Test
    void cash_shows_the_change_as_it_is_typed_and_must_cover_the_amount() {
        form.amountTextProperty().set("42.50");
        form.receivedTextProperty().set("50");
        assertThat(form.changeProperty().get()).isEqualTo("Change: £7.50");

        form.receivedTextProperty().set("40");
        assertThat(form.changeProperty().get()).isEmpty();
        assertThat(form.read(null)).isEmpty();
        assertThat(form.receivedErrorProperty().get()).isEqualTo("The cash received must cover the amount (£42.50).");

        form.receivedTextProperty().set("");
        assertThat(form.read(null)).contains(new PaymentEntry(Tender.CASH, Money.of("42.50", "GBP"),
                Money.of("42.50", "GBP"), null, null));
    }

    @Test
    void amounts_are_refused_beside_the_field_in_plain_words() {
        form.amountTextProperty().set("");
        assertThat(form.read(null)).isEmpty();
        assertThat(form.amountErrorProperty().get()).isEqualTo("Enter an amount.");
        form.amountTextProperty().set("1O");
        form.read(null);
        assertThat(form.amountErrorProperty().get()).isEqualTo("'1O' is not an amount; write it like 12.50.");
        form.amountTextProperty().set("-3");
        form.read(null);
        assertThat(form.amountErrorProperty().get()).isEqualTo("The amount must be more than zero.");
        form.amountTextProperty().set("0");
        form.read(null);
        assertThat(form.amountErrorProperty().get()).isEqualTo("The amount must be more than zero.");
        form.amountTextProperty().set("1.005");
        form.read(null);
        assertThat(form.amountErrorProperty().get()).isEqualTo("Use at most 2 digits after the decimal point.");
        form.amountTextProperty().set("30");
        form.read(Money.of("20", "GBP"));
        assertThat(form.amountErrorProperty().get()).isEqualTo("That is more than is left to pay (£20.00).");
        form.amountTextProperty().set("12,5");
        assertThat(form.read(null)).map(PaymentEntry::amount).contains(Money.of("12.50", "GBP"));
    }

    @Test
    void a_card_needs_the_terminal_reference_and_a_voucher_a_well_formed_code() {
        form.tenderProperty().set(Tender.CARD);
        form.amountTextProperty().set("20");
        assertThat(form.read(null)).isEmpty();
        assertThat(form.referenceErrorProperty().get()).isEqualTo("Enter the reference the card terminal printed.");
        form.referenceTextProperty().set(" AUTH 1 ");
        assertThat(form.read(null)).map(PaymentEntry::cardReference).contains("AUTH 1");

        form.tenderProperty().set(Tender.VOUCHER);
        form.codeTextProperty().set("ABCD-EFGH-JKLM");
        assertThat(form.read(null)).isEmpty();
        assertThat(form.codeErrorProperty().get()).startsWith("That is not a voucher code");
        String code = VoucherCode.generate(new Random(5));
        form.codeTextProperty().set(code.toLowerCase());
        assertThat(form.read(null)).map(PaymentEntry::voucherCode).contains(code);
    }
}
