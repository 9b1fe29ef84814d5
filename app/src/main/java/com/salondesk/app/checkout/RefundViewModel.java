package com.salondesk.app.checkout;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Texts;
import com.salondesk.app.payment.TenderPane;
import com.salondesk.app.port.Checkouts;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.app.view.MoneyText;
import com.salondesk.app.view.Prices;
import com.salondesk.domain.payment.Amounts;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The refund form for one payment: how much (never more than is left of it) and why. */
public final class RefundViewModel {

    private final Checkouts checkouts;
    private final TaskExecutor tasks;
    private final Checkouts.ReceiptPayment payment;
    private final Consumer<String> refunded;
    private final StringProperty amountText = new SimpleStringProperty("");
    private final StringProperty reasonText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper amountError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(false);

    /** {@code refunded} hears what was refunded, in words, once it is recorded. */
    public RefundViewModel(Checkouts checkouts, TaskExecutor tasks, Checkouts.ReceiptPayment payment,
                           Consumer<String> refunded) {
        this.checkouts = checkouts;
        this.tasks = tasks;
        this.payment = payment;
        this.refunded = refunded;
        amountText.set(payment.refundable().amount().toPlainString());
    }

    public String header() {
        return Texts.get("refund.header", TenderPane.say(payment.tender()), Prices.say(payment.amount()),
                Prices.say(payment.refundable()));
    }

    public void save() {
        amountError.set("");
        reasonError.set("");
        error.set("");
        Money amount = switch (MoneyText.positive(amountText.get(), payment.amount().currency())) {
            case MoneyText.Amount a -> a.money();
            case MoneyText.Problem p -> {
                amountError.set(p.message());
                yield null;
            }
        };
        if (amount != null && Amounts.compare(amount, payment.refundable()) > 0) {
            amountError.set(Texts.get("refund.moreThanLeft", Prices.say(payment.refundable())));
            amount = null;
        }
        String reason = reasonText.get() == null ? "" : reasonText.get().strip();
        if (reason.isEmpty()) {
            reasonError.set(Texts.get("refund.reasonRequired"));
        }
        if (amount == null || reason.isEmpty()) {
            return;
        }
        Money refund = amount;
        saving.set(true);
        tasks.execute(() -> {
            checkouts.refund(payment.paymentId(), refund, reason);
            return refund;
        }, done -> {
            saving.set(false);
            saved.set(true);
            refunded.accept(Texts.get("refund.done", Prices.say(done), TenderPane.say(payment.tender())));
        }, failure -> {
            saving.set(false);
            if (failure instanceof DomainRejection r && r.code().startsWith("payment.refund-reason")) {
                reasonError.set(Explanation.of(r));
            } else if (failure instanceof DomainRejection r && r.code().startsWith("payment.")) {
                amountError.set(Explanation.of(r));
            } else {
                error.set(Explanation.of(failure));
            }
        });
    }

    public StringProperty amountTextProperty() {
        return amountText;
    }

    public StringProperty reasonTextProperty() {
        return reasonText;
    }

    public ReadOnlyStringProperty amountErrorProperty() {
        return amountError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
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
