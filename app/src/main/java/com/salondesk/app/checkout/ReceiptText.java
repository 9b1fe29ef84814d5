package com.salondesk.app.checkout;

import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.app.payment.TenderPane;
import com.salondesk.app.port.Checkouts.CheckoutReceipt;
import com.salondesk.app.port.Checkouts.ReceiptPayment;
import com.salondesk.app.view.Prices;
import com.salondesk.domain.checkout.CheckoutLine;
import com.salondesk.domain.payment.Amounts;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A receipt's lines of text in the desk's language, the same on the screen, on paper and in the PDF: the branch,
 * when, each line with its tax, the totals, the payments and the change.
 */
public final class ReceiptText {

    private ReceiptText() {
    }

    public static List<String> lines(CheckoutReceipt receipt, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        lines.add(receipt.branchName());
        lines.add(Texts.get("receipt.when", Formats.instant(receipt.at(), zone)));
        if (receipt.customerName() != null && !receipt.customerName().isBlank()) {
            lines.add(Texts.get("receipt.customer", receipt.customerName()));
        }
        lines.add("");
        for (CheckoutLine line : receipt.lines()) {
            String quantity = line.quantity().compareTo(BigDecimal.ONE) == 0 ? ""
                    : line.quantity().stripTrailingZeros().toPlainString() + " × " + Prices.say(line.unitPrice()) + "  ";
            lines.add(Texts.get("receipt.line", line.description(), quantity, Prices.say(line.total())));
            if (line.taxPercent().signum() > 0) {
                lines.add(Texts.get("receipt.lineTax", line.taxPercent().stripTrailingZeros().toPlainString(),
                        Prices.say(line.tax())));
            }
        }
        lines.add("");
        lines.add(Texts.get("receipt.total", Prices.say(receipt.total())));
        lines.add(Texts.get("receipt.tax", Prices.say(receipt.tax())));
        for (ReceiptPayment payment : receipt.payments()) {
            lines.add(Texts.get("receipt.payment", TenderPane.say(payment.tender()), Prices.say(payment.amount()),
                    payment.reference() == null ? "" : payment.reference()));
        }
        if (Amounts.isPositive(receipt.change())) {
            lines.add(Texts.get("receipt.change", Prices.say(receipt.change())));
        }
        if (Amounts.isPositive(receipt.balance())) {
            lines.add(Texts.get("receipt.balance", Prices.say(receipt.balance())));
        }
        lines.add("");
        lines.add(Texts.get("receipt.number", receipt.checkoutId()));
        return lines;
    }
}
