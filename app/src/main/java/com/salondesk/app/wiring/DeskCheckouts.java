package com.salondesk.app.wiring;

import com.salondesk.app.port.Checkouts;
import com.salondesk.app.port.PaymentEntry;
import com.salondesk.domain.booking.BookedService;
import com.salondesk.domain.booking.Booking;
import com.salondesk.domain.booking.BookingDecider;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.branch.Branch;
import com.salondesk.domain.branch.BranchDecider;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.checkout.CheckoutItem;
import com.salondesk.domain.payment.Amounts;
import com.salondesk.domain.product.Product;
import com.salondesk.domain.product.ProductDecider;
import com.salondesk.domain.product.ProductEvent;
import com.salondesk.domain.product.ProductKind;
import com.salondesk.domain.service.SalonService;
import com.salondesk.domain.service.ServiceDecider;
import com.salondesk.domain.service.ServiceEvent;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.domain.stock.StockLine;
import com.salondesk.domain.voucher.Voucher;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.command.CheckoutDesk;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.read.PaymentView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The checkout counter on the desk's commands: what a booking's checkout starts from (the booking's services and
 * the products they use, read from their streams; the deposits from the payment ledger), completing it, refunds
 * and gift vouchers, as the person at the desk.
 */
final class DeskCheckouts implements Checkouts {

    private final DeskBackEnd local;
    private final Supplier<EventContext> command;
    private final String homeBranchId;

    DeskCheckouts(DeskBackEnd local, Supplier<EventContext> command, String homeBranchId) {
        this.local = local;
        this.command = command;
        this.homeBranchId = homeBranchId;
    }

    @Override
    public CheckoutStart start(String bookingId) {
        Booking booking = local.store().load(BookingDecider.streamId(bookingId), new BookingDecider(),
                BookingEvent.class).state();
        if (!(booking instanceof Booking.Existing existing)) {
            throw new DomainRejection("booking.not-found", bookingId);
        }
        var details = existing.details();
        Branch.Open branch = branch(details.branchId());
        List<CheckoutItem> services = new ArrayList<>();
        List<ProductUsed> used = new ArrayList<>();
        for (BookedService booked : details.services()) {
            SalonService service = local.store().load(ServiceDecider.streamId(booked.serviceId()), new ServiceDecider(),
                    ServiceEvent.class).state();
            String name = service instanceof SalonService.Offered offered ? offered.name() : booked.serviceId();
            services.add(CheckoutItem.service(booked.serviceId(), name, booked.price()));
            if (service instanceof SalonService.Offered offered) {
                for (StockLine line : offered.productsUsed()) {
                    Product product = product(line.productId());
                    used.add(new ProductUsed(bookingId, line.productId(),
                            product instanceof Product.Added p ? p.name() : line.productId(),
                            product instanceof Product.Added p ? p.unit().name().toLowerCase(Locale.ROOT) : "",
                            line.quantity()));
                }
            }
        }
        Money deposits = Amounts.zero(branch.currency());
        for (PaymentView deposit : local.checkouts().depositsFor(List.of(bookingId))) {
            deposits = Amounts.plus(deposits, deposit.left());
        }
        String customerName = local.queries().customer(details.customerId()).map(c -> c.name()).orElse("");
        return new CheckoutStart(UuidV7.next().toString(), bookingId, branch.branchId(), branch.name(),
                details.customerId(), customerName, branch.currency(), branch.taxRates(), services, used,
                retailProducts(), deposits);
    }

    @Override
    public CheckoutReceipt complete(CheckoutOrder order) {
        CheckoutDesk.Completed done = Writes.run(local, () -> local.checkouts().complete(command.get(),
                new CheckoutDesk.Request(order.checkoutId(), order.branchId(), order.customerId(), order.bookingIds(),
                        order.items(), order.productsUsed(),
                        order.payments().stream().map(PaymentEntries::tendered).toList(), order.leaveBalanceOpen(),
                        order.acceptStockBelowZero())));
        List<ReceiptPayment> payments = new ArrayList<>();
        for (String paymentId : done.paymentIds()) {
            local.paymentQueries().payment(paymentId).ifPresent(p -> payments.add(new ReceiptPayment(p.paymentId(),
                    p.tender(), p.amount(), p.reference() != null ? p.reference() : p.voucherCode(), p.left())));
        }
        String customerName = order.customerId() == null ? ""
                : local.queries().customer(order.customerId()).map(c -> c.name()).orElse("");
        return new CheckoutReceipt(done.checkoutId(), branch(done.branchId()).name(), customerName, done.at(),
                done.lines(), done.total(), done.tax(), payments, done.paid(), done.balance(), done.change());
    }

    @Override
    public void refund(String paymentId, Money amount, String reason) {
        Writes.run(local, () -> local.payments().refund(command.get(), paymentId, amount, reason));
    }

    @Override
    public Optional<Money> voucherBalance(String code) {
        return local.payments().voucher(code).map(Voucher.Sold::balance);
    }

    @Override
    public String sellVoucher(Money value, PaymentEntry payment) {
        return Writes.run(local, () -> local.payments().sellVoucher(command.get(), homeBranchId, value,
                PaymentEntries.tendered(payment), null).code());
    }

    /** The retail products on sale, from the stock read model. */
    private List<ProductChoice> retailProducts() {
        return local.stockQueries().products().stream().filter(p -> p.kind() == ProductKind.RETAIL)
                .map(p -> new ProductChoice(p.productId(), p.name(), p.unit().name().toLowerCase(Locale.ROOT),
                        p.retailPrice()))
                .toList();
    }

    private Product product(String productId) {
        return local.store().load(ProductDecider.streamId(productId), new ProductDecider(), ProductEvent.class).state();
    }

    private Branch.Open branch(String branchId) {
        Branch branch = local.store().load(BranchDecider.streamId(branchId), new BranchDecider(), BranchEvent.class)
                .state();
        if (!(branch instanceof Branch.Open open)) {
            throw new DomainRejection("branch.not-found", branchId);
        }
        return open;
    }
}
