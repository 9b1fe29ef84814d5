package com.salondesk.app.payment;

import com.salondesk.app.language.Texts;
import com.salondesk.app.port.DepositTaking;
import com.salondesk.app.port.PaymentEntry;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.app.view.Prices;
import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.shared.Money;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The "Take deposit…" form of a booking: cash (the change shows), a card the terminal approved with its reference
 * or declined, or a gift voucher (its balance looked up). Saves nothing while a field is wrong.
 */
public final class DepositViewModel {

    private final DepositTaking deposits;
    private final TaskExecutor tasks;
    private final DepositTaking.DepositStart start;
    private final TenderForm form;
    private final BooleanProperty declined = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(false);

    public DepositViewModel(DepositTaking deposits, TaskExecutor tasks, DepositTaking.DepositStart start) {
        this.deposits = deposits;
        this.tasks = tasks;
        this.start = start;
        this.form = new TenderForm(start.price().currency());
        form.tenderProperty().addListener((o, old, now) -> {
            if (now != Tender.CARD) {
                declined.set(false);
            }
        });
    }

    /** "Jane Doe · Cut & finish · £55.00, £20.00 paid so far". */
    public String header() {
        return Texts.get("deposit.header", start.customerName(), start.serviceName(), Prices.say(start.price()),
                Prices.say(start.paid()));
    }

    public void lookUpVoucher() {
        form.lookUpVoucher(deposits::voucherBalance, tasks);
    }

    /** Records the deposit (or the declined card) in the background; refusals show beside their fields. */
    public void save() {
        error.set("");
        Runnable write;
        if (declined.get()) {
            Money amount = form.amount();
            String reference = form.terminalReference();
            if (amount == null || reference == null) {
                return;
            }
            write = () -> deposits.recordDeclinedDeposit(start.bookingId(), amount, reference);
        } else {
            Optional<PaymentEntry> entry = form.read(null);
            if (entry.isEmpty()) {
                return;
            }
            write = () -> deposits.takeDeposit(start.bookingId(), entry.get());
        }
        saving.set(true);
        tasks.execute(() -> {
            write.run();
            return true;
        }, done -> {
            saving.set(false);
            saved.set(true);
        }, failure -> {
            saving.set(false);
            form.showFailure(failure, error);
        });
    }

    public TenderForm form() {
        return form;
    }

    /** The card was declined by the terminal: record the attempt, take nothing. */
    public BooleanProperty declinedProperty() {
        return declined;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
