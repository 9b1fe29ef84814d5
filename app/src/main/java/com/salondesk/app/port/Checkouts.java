package com.salondesk.app.port;

import com.salondesk.domain.branch.TaxRates;
import com.salondesk.domain.checkout.CheckoutItem;
import com.salondesk.domain.checkout.CheckoutLine;
import com.salondesk.domain.checkout.ProductUse;
import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The checkout counter: what a booking's checkout starts from, completing it in one command, refunds, and gift
 * vouchers. Writes return once the ledger shows them and throw the domain's rejection when a rule says no.
 */
public interface Checkouts {

    /** The services done, the products the service uses, the retail products on sale and the deposits paid. */
    CheckoutStart start(String bookingId);

    CheckoutReceipt complete(CheckoutOrder order);

    /** Gives back up to what is left of a payment, for a reason. */
    void refund(String paymentId, Money amount, String reason);

    /** What is left on a gift voucher; empty for a code no voucher was sold under. */
    Optional<Money> voucherBalance(String code);

    /** Sells a gift voucher of {@code value} at the desk's branch, paid by cash or card; returns its code. */
    String sellVoucher(Money value, PaymentEntry payment);

    /** A product the checkout can name: a retail product to sell or a back-bar product a service uses. */
    record ProductChoice(String productId, String name, String unit, Money retailPrice) {
    }

    /** A product the service uses, as the stylist may adjust it: how much, of what. */
    record ProductUsed(String bookingId, String productId, String name, String unit, BigDecimal quantity) {
    }

    /**
     * Where a checkout starts: its id (named now, so completing twice completes once), the booking's branch and
     * customer, the services done as bill items, the products the service uses, the retail products on sale, the
     * branch's tax rates and the deposits already paid.
     */
    record CheckoutStart(String checkoutId, String bookingId, String branchId, String branchName, String customerId,
                         String customerName, String currency, TaxRates rates, List<CheckoutItem> services,
                         List<ProductUsed> productsUsed, List<ProductChoice> retailProducts, Money depositsPaid) {
        public CheckoutStart {
            services = List.copyOf(services);
            productsUsed = List.copyOf(productsUsed);
            retailProducts = List.copyOf(retailProducts);
        }
    }

    /** A checkout to complete, as the screen entered it. */
    record CheckoutOrder(String checkoutId, String branchId, String customerId, List<String> bookingIds,
                         List<CheckoutItem> items, List<ProductUse> productsUsed, List<PaymentEntry> payments,
                         boolean leaveBalanceOpen, boolean acceptStockBelowZero) {
        public CheckoutOrder {
            bookingIds = List.copyOf(bookingIds);
            items = List.copyOf(items);
            productsUsed = List.copyOf(productsUsed);
            payments = List.copyOf(payments);
        }
    }

    /** A completed checkout, as its receipt shows it. */
    record CheckoutReceipt(String checkoutId, String branchName, String customerName, Instant at,
                           List<CheckoutLine> lines, Money total, Money tax, List<ReceiptPayment> payments, Money paid,
                           Money balance, Money change) {
        public CheckoutReceipt {
            lines = List.copyOf(lines);
            payments = List.copyOf(payments);
        }
    }

    /** One payment on a receipt, with what is left of it to refund. */
    record ReceiptPayment(String paymentId, Tender tender, Money amount, String reference, Money refundable) {
    }
}
