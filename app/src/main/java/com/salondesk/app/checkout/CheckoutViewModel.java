package com.salondesk.app.checkout;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.dialog.DialogService;
import com.salondesk.app.language.Texts;
import com.salondesk.app.payment.TenderForm;
import com.salondesk.app.port.Checkouts;
import com.salondesk.app.port.Checkouts.CheckoutOrder;
import com.salondesk.app.port.Checkouts.CheckoutReceipt;
import com.salondesk.app.port.Checkouts.CheckoutStart;
import com.salondesk.app.port.Checkouts.ProductChoice;
import com.salondesk.app.port.Checkouts.ProductUsed;
import com.salondesk.app.port.PaymentEntry;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.app.view.MoneyText;
import com.salondesk.app.view.Prices;
import com.salondesk.domain.checkout.Bill;
import com.salondesk.domain.checkout.CheckoutItem;
import com.salondesk.domain.checkout.CheckoutLine;
import com.salondesk.domain.checkout.ProductUse;
import com.salondesk.domain.payment.Amounts;
import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The checkout of a booking: the services done, the back-bar products used (the stylist adjusts the amounts),
 * retail items, a tip, and the payments — split across cash, card and voucher, the deposit already paid counted,
 * the balance left shown as it changes — then Complete, and the receipt to print, save as PDF or refund from.
 * Nothing is written while an entry is wrong; each wrong entry is explained beside it.
 */
public final class CheckoutViewModel {

    private final Checkouts checkouts;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Path receiptFolder;
    private final ZoneId zone;
    private final String bookingId;

    private CheckoutStart start;
    private TenderForm payment;

    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<UsedRow> productsUsed = FXCollections.observableArrayList();
    private final ObservableList<ProductChoice> retailProducts = FXCollections.observableArrayList();
    private final ObjectProperty<ProductChoice> retailChoice = new SimpleObjectProperty<>();
    private final StringProperty retailQuantityText = new SimpleStringProperty("1");
    private final ReadOnlyStringWrapper retailError = new ReadOnlyStringWrapper("");
    private final ObservableList<CheckoutItem> retailItems = FXCollections.observableArrayList();
    private final StringProperty tipText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper tipError = new ReadOnlyStringWrapper("");
    private final ObservableList<PaymentEntry> payments = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper paymentError = new ReadOnlyStringWrapper("");
    private final ObservableList<String> billLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper deposits = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper remaining = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper change = new ReadOnlyStringWrapper("");
    private final BooleanProperty leaveBalanceOpen = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper completeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<CheckoutReceipt> receipt = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> receiptLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper receiptStatus = new ReadOnlyStringWrapper("");
    /** The bill as priced last, and what is still to pay on it; null while an entry is wrong. */
    private Money remainingToPay;

    public CheckoutViewModel(Checkouts checkouts, TaskExecutor tasks, DialogService dialogs, Path receiptFolder,
                             ZoneId zone, String bookingId) {
        this.checkouts = checkouts;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.receiptFolder = receiptFolder;
        this.zone = zone;
        this.bookingId = bookingId;
        tipText.addListener(o -> reprice());
        retailItems.addListener((javafx.collections.ListChangeListener<CheckoutItem>) c -> reprice());
        payments.addListener((javafx.collections.ListChangeListener<PaymentEntry>) c -> reprice());
    }

    /** A back-bar product the service used: how much, as the stylist says; a wrong amount is said beside it. */
    public static final class UsedRow {
        private final ProductUsed product;
        private final StringProperty quantityText;
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

        UsedRow(ProductUsed product) {
            this.product = product;
            this.quantityText = new SimpleStringProperty(product.quantity().stripTrailingZeros().toPlainString());
        }

        public String label() {
            return Texts.get("checkout.usedProduct", product.name(), product.unit());
        }

        public String productId() {
            return product.productId();
        }

        public StringProperty quantityTextProperty() {
            return quantityText;
        }

        public ReadOnlyStringProperty errorProperty() {
            return error.getReadOnlyProperty();
        }

        Optional<ProductUse> read() {
            error.set("");
            String typed = quantityText.get() == null ? "" : quantityText.get().strip().replace(',', '.');
            if (!typed.matches("[0-9]+(\\.[0-9]{1,3})?")) {
                error.set(Texts.get("checkout.usedQuantityInvalid"));
                return Optional.empty();
            }
            return Optional.of(new ProductUse(product.bookingId(), product.productId(), new BigDecimal(typed)));
        }
    }

    /** Loads what the checkout starts from, in the background. */
    public void load() {
        working.set(true);
        tasks.execute(() -> checkouts.start(bookingId), loadedStart -> {
            start = loadedStart;
            payment = new TenderForm(start.currency());
            header.set(Texts.get("checkout.header", start.customerName(), start.branchName()));
            productsUsed.setAll(start.productsUsed().stream().map(UsedRow::new).toList());
            retailProducts.setAll(start.retailProducts());
            working.set(false);
            loaded.set(true);
            reprice();
        }, failure -> {
            working.set(false);
            completeError.set(Explanation.of(failure));
        });
    }

    /** The tender form of the next payment; exists once {@link #load()} is done. */
    public TenderForm payment() {
        return payment;
    }

    public void lookUpVoucher() {
        payment.lookUpVoucher(checkouts::voucherBalance, tasks);
    }

    /** Adds the chosen retail product in the typed quantity (whole pieces). */
    public void addRetail() {
        retailError.set("");
        ProductChoice product = retailChoice.get();
        if (product == null) {
            retailError.set(Texts.get("checkout.retailChoose"));
            return;
        }
        String typed = retailQuantityText.get() == null ? "" : retailQuantityText.get().strip();
        if (!typed.matches("[0-9]{1,4}") || Integer.parseInt(typed) <= 0) {
            retailError.set(Texts.get("checkout.retailQuantityInvalid"));
            return;
        }
        if (product.retailPrice() == null) {
            retailError.set(Texts.get("checkout.retailNoPrice", product.name()));
            return;
        }
        retailItems.add(CheckoutItem.retail(product.productId(), product.name(), new BigDecimal(typed),
                product.retailPrice()));
        retailQuantityText.set("1");
    }

    public void removeRetail(int index) {
        if (index >= 0 && index < retailItems.size()) {
            retailItems.remove(index);
        }
    }

    /** Adds the payment in the form, never more than is left to pay (cash may be handed over in excess). */
    public void addPayment() {
        paymentError.set("");
        if (remainingToPay == null) {
            paymentError.set(Texts.get("checkout.fixBillFirst"));
            return;
        }
        if (!Amounts.isPositive(remainingToPay)) {
            paymentError.set(Texts.get("checkout.nothingToPay"));
            return;
        }
        payment.read(remainingToPay).ifPresent(entry -> {
            payments.add(entry);
            payment.clear();
        });
    }

    public void removePayment(int index) {
        if (index >= 0 && index < payments.size()) {
            payments.remove(index);
        }
    }

    /** Completes the checkout in the background; a refusal is said beside the payment or under the bill. */
    public void complete() {
        completeError.set("");
        if (start == null || receipt.get() != null) {
            return;
        }
        List<ProductUse> used = new ArrayList<>();
        boolean wrong = false;
        for (UsedRow row : productsUsed) {
            Optional<ProductUse> use = row.read();
            use.ifPresent(used::add);
            wrong |= use.isEmpty();
        }
        Optional<List<CheckoutItem>> items = items();
        if (wrong || items.isEmpty() || remainingToPay == null) {
            completeError.set(Texts.get("checkout.fixEntries"));
            return;
        }
        if (Amounts.isPositive(remainingToPay) && !leaveBalanceOpen.get()) {
            completeError.set(Texts.get("checkout.stillToPay", Prices.say(remainingToPay)));
            return;
        }
        send(new CheckoutOrder(start.checkoutId(), start.branchId(), start.customerId(), List.of(start.bookingId()),
                items.get(), used, List.copyOf(payments), leaveBalanceOpen.get(), false));
    }

    private void send(CheckoutOrder order) {
        working.set(true);
        tasks.execute(() -> checkouts.complete(order), done -> {
            working.set(false);
            receipt.set(done);
            receiptLines.setAll(ReceiptText.lines(done, zone));
        }, failure -> {
            working.set(false);
            if (failure instanceof DomainRejection r && r.code().equals("stock.below-zero")
                    && dialogs.confirm(Texts.get("checkout.belowZero.title"), Explanation.of(r))) {
                send(new CheckoutOrder(order.checkoutId(), order.branchId(), order.customerId(), order.bookingIds(),
                        order.items(), order.productsUsed(), order.payments(), order.leaveBalanceOpen(), true));
                return;
            }
            if (failure instanceof DomainRejection r && r.code().startsWith("voucher.")
                    || failure instanceof DomainRejection r2 && r2.code().startsWith("payment.")) {
                paymentError.set(Explanation.of(failure));
            } else {
                completeError.set(Explanation.of(failure));
            }
        });
    }

    /** Saves the receipt as a PDF in the desk's receipts folder, in the background, and says where. */
    public void saveReceipt() {
        CheckoutReceipt done = receipt.get();
        if (done == null) {
            return;
        }
        Path file = receiptFolder.resolve("receipt-" + done.checkoutId() + ".pdf");
        List<String> lines = List.copyOf(receiptLines);
        tasks.execute(() -> ReceiptPdf.write(lines, file),
                saved -> receiptStatus.set(Texts.get("checkout.receiptSaved", saved.toAbsolutePath())),
                failure -> receiptStatus.set(Texts.get("checkout.receiptNotSaved", Explanation.of(failure))));
    }

    /** Tells the person the receipt went to the printer, or why not. */
    public void printed(boolean ok) {
        receiptStatus.set(Texts.get(ok ? "checkout.receiptPrinted" : "checkout.receiptNotPrinted"));
    }

    /** The refund form for one payment of the completed checkout. */
    public Optional<RefundViewModel> refund(Checkouts.ReceiptPayment paid) {
        return receipt.get() == null ? Optional.empty()
                : Optional.of(new RefundViewModel(checkouts, tasks, paid, done -> receiptStatus.set(done)));
    }

    /** The bill's items as entered; empty (with the message beside the tip) while the tip is wrong. */
    private Optional<List<CheckoutItem>> items() {
        tipError.set("");
        List<CheckoutItem> items = new ArrayList<>(start.services());
        items.addAll(retailItems);
        String tip = tipText.get() == null ? "" : tipText.get().strip();
        if (!tip.isEmpty()) {
            switch (MoneyText.positive(tip, start.currency())) {
                case MoneyText.Amount a -> items.add(CheckoutItem.tip(null, Texts.get("checkout.tipLine"), a.money()));
                case MoneyText.Problem p -> {
                    tipError.set(p.message());
                    return Optional.empty();
                }
            }
        }
        return Optional.of(items);
    }

    /** Prices the bill again and works out what is still to pay and the change for cash. */
    private void reprice() {
        if (start == null) {
            return;
        }
        Optional<List<CheckoutItem>> items = items();
        if (items.isEmpty()) {
            remainingToPay = null;
            remaining.set("");
            return;
        }
        Bill bill;
        try {
            bill = Bill.of(items.get(), start.rates(), start.currency());
        } catch (DomainRejection wrong) {
            remainingToPay = null;
            completeError.set(Explanation.of(wrong));
            return;
        }
        billLines.setAll(bill.lines().stream().map(CheckoutViewModel::say).toList());
        Money paid = start.depositsPaid();
        Money changeGiven = Amounts.zero(start.currency());
        for (PaymentEntry entry : payments) {
            paid = Amounts.plus(paid, entry.amount());
            if (entry.tender() == Tender.CASH && entry.cashReceived() != null) {
                changeGiven = Amounts.plus(changeGiven, Amounts.minus(entry.cashReceived(), entry.amount()));
            }
        }
        remainingToPay = Amounts.minus(bill.total(), paid);
        total.set(Texts.get("checkout.total", Prices.say(bill.total()), Prices.say(bill.tax())));
        deposits.set(Amounts.isPositive(start.depositsPaid())
                ? Texts.get("checkout.depositsPaid", Prices.say(start.depositsPaid())) : "");
        remaining.set(remainingToPay.isNegative()
                ? Texts.get("checkout.overpaid", Prices.say(Amounts.minus(paid, bill.total())))
                : Texts.get("checkout.remaining", Prices.say(remainingToPay)));
        change.set(Amounts.isPositive(changeGiven) ? Texts.get("checkout.changeGiven", Prices.say(changeGiven)) : "");
    }

    private static String say(CheckoutLine line) {
        String quantity = line.quantity().compareTo(BigDecimal.ONE) == 0 ? ""
                : line.quantity().stripTrailingZeros().toPlainString() + " × ";
        return Texts.get("checkout.billLine", quantity + line.description(), Prices.say(line.total()));
    }

    /** A payment in the list, in the desk's words. */
    public static String say(PaymentEntry entry) {
        String how = com.salondesk.app.payment.TenderPane.say(entry.tender());
        String detail = switch (entry.tender()) {
            case CASH -> Texts.get("checkout.cashDetail", Prices.say(entry.cashReceived()));
            case CARD -> entry.cardReference();
            case VOUCHER -> entry.voucherCode();
        };
        return Texts.get("checkout.paymentLine", how, Prices.say(entry.amount()), detail);
    }

    // properties

    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ObservableList<UsedRow> productsUsed() {
        return productsUsed;
    }

    public ObservableList<ProductChoice> retailProducts() {
        return retailProducts;
    }

    public ObjectProperty<ProductChoice> retailChoiceProperty() {
        return retailChoice;
    }

    public StringProperty retailQuantityTextProperty() {
        return retailQuantityText;
    }

    public ReadOnlyStringProperty retailErrorProperty() {
        return retailError.getReadOnlyProperty();
    }

    public ObservableList<CheckoutItem> retailItems() {
        return retailItems;
    }

    public StringProperty tipTextProperty() {
        return tipText;
    }

    public ReadOnlyStringProperty tipErrorProperty() {
        return tipError.getReadOnlyProperty();
    }

    public ObservableList<PaymentEntry> payments() {
        return payments;
    }

    public ReadOnlyStringProperty paymentErrorProperty() {
        return paymentError.getReadOnlyProperty();
    }

    public ObservableList<String> billLines() {
        return billLines;
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty depositsProperty() {
        return deposits.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty changeProperty() {
        return change.getReadOnlyProperty();
    }

    public BooleanProperty leaveBalanceOpenProperty() {
        return leaveBalanceOpen;
    }

    public ReadOnlyStringProperty completeErrorProperty() {
        return completeError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CheckoutReceipt> receiptProperty() {
        return receipt.getReadOnlyProperty();
    }

    public ObservableList<String> receiptLines() {
        return receiptLines;
    }

    public ReadOnlyStringProperty receiptStatusProperty() {
        return receiptStatus.getReadOnlyProperty();
    }
}
