package com.salondesk.app.payment;

import com.salondesk.app.language.Texts;
import com.salondesk.app.port.Checkouts;
import com.salondesk.app.port.PaymentEntry;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.app.view.Prices;
import com.salondesk.domain.shared.Money;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Selling a gift voucher: its value is the amount paid, by cash (the change shows) or card; once sold, the new
 * code is shown for the customer.
 */
public final class VoucherSaleViewModel {

    private final Checkouts checkouts;
    private final TaskExecutor tasks;
    private final TenderForm form;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper soldCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);

    public VoucherSaleViewModel(Checkouts checkouts, TaskExecutor tasks, String currency) {
        this.checkouts = checkouts;
        this.tasks = tasks;
        this.form = new TenderForm(currency);
    }

    public void sell() {
        error.set("");
        if (!soldCode.get().isEmpty()) {
            return;
        }
        Optional<PaymentEntry> entry = form.read(null);
        if (entry.isEmpty()) {
            return;
        }
        Money value = entry.get().amount();
        saving.set(true);
        tasks.execute(() -> checkouts.sellVoucher(value, entry.get()), code -> {
            saving.set(false);
            soldCode.set(Texts.get("voucherSale.sold", code, Prices.say(value)));
        }, failure -> {
            saving.set(false);
            form.showFailure(failure, error);
        });
    }

    public TenderForm form() {
        return form;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "Voucher 7KQD-M2XP-9HTC, worth £50.00, is sold." once it is. */
    public ReadOnlyStringProperty soldCodeProperty() {
        return soldCode.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
