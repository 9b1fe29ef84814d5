package com.salondesk.app.payment;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.PaymentEntry;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.app.view.MoneyText;
import com.salondesk.app.view.Prices;
import com.salondesk.domain.payment.Amounts;
import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.voucher.VoucherCode;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One payment being entered in a form (deposit, checkout, voucher sale): how, how much, and what each way of paying
 * needs — the cash handed over (the change shows as it is typed), the card terminal's reference, or the voucher's
 * code (its balance looked up). Each wrong field gets its message beside it.
 */
public final class TenderForm {

    private final String currency;
    private final ObjectProperty<Tender> tender = new SimpleObjectProperty<>(Tender.CASH);
    private final StringProperty amountText = new SimpleStringProperty("");
    private final StringProperty receivedText = new SimpleStringProperty("");
    private final StringProperty referenceText = new SimpleStringProperty("");
    private final StringProperty codeText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper amountError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper receivedError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper referenceError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper codeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper change = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper voucherBalance = new ReadOnlyStringWrapper("");

    public TenderForm(String currency) {
        this.currency = currency;
        amountText.addListener(o -> showChange());
        receivedText.addListener(o -> showChange());
        tender.addListener((o, old, now) -> {
            clearErrors();
            showChange();
        });
        codeText.addListener(o -> voucherBalance.set(""));
    }

    public String currency() {
        return currency;
    }

    /**
     * The payment as entered, or empty with a message beside each wrong field. {@code atMost}: the most this
     * payment may be (what is left to pay), or null for no limit.
     */
    public Optional<PaymentEntry> read(Money atMost) {
        clearErrors();
        Money amount = amount(amountText.get(), amountError);
        if (amount != null && atMost != null && Amounts.compare(amount, atMost) > 0) {
            amountError.set(Texts.get("payment.moreThanDue", Prices.say(atMost)));
            amount = null;
        }
        Tender how = tender.get() == null ? Tender.CASH : tender.get();
        return switch (how) {
            case CASH -> {
                Money received = receivedText.get().isBlank() ? amount : amount(receivedText.get(), receivedError);
                if (amount != null && received != null && Amounts.compare(received, amount) < 0) {
                    receivedError.set(Texts.get("payment.cashShort", Prices.say(amount)));
                    received = null;
                }
                yield amount == null || received == null ? Optional.empty()
                        : Optional.of(new PaymentEntry(Tender.CASH, amount, received, null, null));
            }
            case CARD -> {
                String reference = terminalReference();
                yield amount == null || reference == null ? Optional.empty()
                        : Optional.of(new PaymentEntry(Tender.CARD, amount, null, reference, null));
            }
            case VOUCHER -> {
                String code = voucherCode();
                yield amount == null || code == null ? Optional.empty()
                        : Optional.of(new PaymentEntry(Tender.VOUCHER, amount, null, null, code));
            }
        };
    }

    /** The card terminal's reference as typed, or null with the message beside the field. */
    public String terminalReference() {
        String reference = referenceText.get().strip();
        if (reference.isEmpty()) {
            referenceError.set(Texts.get("payment.referenceRequired"));
            return null;
        }
        if (reference.length() > 64) {
            referenceError.set(Texts.get("payment.referenceTooLong"));
            return null;
        }
        return reference;
    }

    /** The amount as typed, or null with the message beside the field. */
    public Money amount() {
        amountError.set("");
        return amount(amountText.get(), amountError);
    }

    /** Looks the voucher's balance up in the background and shows it (or why it cannot). */
    public void lookUpVoucher(Function<String, Optional<Money>> balances, TaskExecutor tasks) {
        String code = voucherCode();
        if (code == null) {
            return;
        }
        tasks.execute(() -> balances.apply(code), balance -> {
            if (!code.equals(VoucherCode.normalized(codeText.get()))) {
                return;
            }
            balance.ifPresentOrElse(b -> voucherBalance.set(Texts.get("payment.voucherBalance", Prices.say(b))),
                    () -> codeError.set(Texts.get("payment.voucherUnknown")));
        }, failure -> codeError.set(Explanation.of(failure)));
    }

    /** Empties the form for the next payment, keeping the way of paying. */
    public void clear() {
        amountText.set("");
        receivedText.set("");
        referenceText.set("");
        codeText.set("");
        clearErrors();
    }

    /** Shows why the desk refused the payment beside the field it is about, or else as {@code formError}. */
    public void showFailure(Exception failure, StringProperty formError) {
        if (!(failure instanceof DomainRejection r && showRefusal(r.code(),
                Explanation.of(r)))) {
            formError.set(Explanation.of(failure));
        }
    }

    /** Shows a refusal of the desk beside the field it is about; false when it is about none of them. */
    public boolean showRefusal(String code, String message) {
        ReadOnlyStringWrapper field = switch (code) {
            case "payment.cash-short" -> receivedError;
            case "payment.terminal-reference-required" -> referenceError;
            case "payment.amount-not-positive", "payment.wrong-currency" -> amountError;
            case "voucher.balance-too-low", "voucher.not-found", "voucher.invalid-code",
                 "payment.voucher-code-required" -> codeError;
            default -> null;
        };
        if (field == null) {
            return false;
        }
        field.set(message);
        return true;
    }

    private String voucherCode() {
        String typed = codeText.get();
        if (typed == null || typed.isBlank()) {
            codeError.set(Texts.get("payment.voucherCodeRequired"));
            return null;
        }
        if (!VoucherCode.isValid(typed)) {
            codeError.set(Texts.get("payment.voucherCodeInvalid"));
            return null;
        }
        return VoucherCode.normalized(typed);
    }

    private Money amount(String text, ReadOnlyStringWrapper error) {
        return switch (MoneyText.positive(text, currency)) {
            case MoneyText.Amount a -> a.money();
            case MoneyText.Problem p -> {
                error.set(p.message());
                yield null;
            }
        };
    }

    private void showChange() {
        if (tender.get() != Tender.CASH || receivedText.get().isBlank()) {
            change.set("");
            return;
        }
        if (MoneyText.positive(amountText.get(), currency) instanceof MoneyText.Amount a
                && MoneyText.positive(receivedText.get(), currency) instanceof MoneyText.Amount r
                && Amounts.compare(r.money(), a.money()) >= 0) {
            change.set(Texts.get("payment.change", Prices.say(Amounts.minus(r.money(), a.money()))));
        } else {
            change.set("");
        }
    }

    private void clearErrors() {
        amountError.set("");
        receivedError.set("");
        referenceError.set("");
        codeError.set("");
    }

    // properties

    public ObjectProperty<Tender> tenderProperty() {
        return tender;
    }

    public StringProperty amountTextProperty() {
        return amountText;
    }

    public StringProperty receivedTextProperty() {
        return receivedText;
    }

    public StringProperty referenceTextProperty() {
        return referenceText;
    }

    public StringProperty codeTextProperty() {
        return codeText;
    }

    public ReadOnlyStringProperty amountErrorProperty() {
        return amountError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty receivedErrorProperty() {
        return receivedError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty referenceErrorProperty() {
        return referenceError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty codeErrorProperty() {
        return codeError.getReadOnlyProperty();
    }

    /** "Change: £4.02" while cash received covers the amount; empty otherwise. */
    public ReadOnlyStringProperty changeProperty() {
        return change.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty voucherBalanceProperty() {
        return voucherBalance.getReadOnlyProperty();
    }
}
