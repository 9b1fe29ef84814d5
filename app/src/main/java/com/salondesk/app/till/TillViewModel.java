package com.salondesk.app.till;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.DayClose;
import com.salondesk.app.port.TillMovement;
import com.salondesk.app.port.TillSummary;
import com.salondesk.app.port.Tills;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.app.view.Amounts;
import com.salondesk.app.view.Prices;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The till of this desk: open it with a float, put cash in and take it out with a reason, watch the cash expected
 * in the drawer, close the day with the counted cash (the difference is shown as it is typed, before anything is
 * recorded), and read the branch's day-close report. Every form checks its fields first and writes nothing when
 * one is wrong; the till's rules answer beside the field they are about.
 */
public final class TillViewModel {

    /** One line of the day-close report: what, and how much. */
    public record ReportLine(String label, String value) {
    }

    private final Tills tills;
    private final TaskExecutor tasks;

    // properties
    private final ReadOnlyObjectWrapper<TillSummary> till = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper expected = new ReadOnlyStringWrapper("");
    private final ObservableList<TillMovement> movements = FXCollections.observableArrayList();
    private final StringProperty floatText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper floatError = new ReadOnlyStringWrapper("");
    private final StringProperty amountText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper amountError = new ReadOnlyStringWrapper("");
    private final StringProperty reasonText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper("");
    private final StringProperty countedText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper countedError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper difference = new ReadOnlyStringWrapper("");
    private final ObjectProperty<LocalDate> reportDay = new SimpleObjectProperty<>();
    private final ObservableList<ReportLine> report = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper reportTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);

    private String currency = "EUR";

    public TillViewModel(Tills tills, TaskExecutor tasks) {
        this.tills = tills;
        this.tasks = tasks;
        countedText.subscribe(text -> previewDifference());
        till.subscribe(t -> previewDifference());
    }

    // commands

    /** Reads this desk's till again (and the report, when one is shown). */
    public void refresh() {
        tasks.execute(() -> {
            Optional<TillSummary> current = tills.openTill();
            return new Reading(tills.currency(), tills.today(), current,
                    current.map(t -> tills.movements(t.tillId())).orElse(List.of()));
        }, this::show, failure -> message.set(Explanation.of(failure)));
    }

    private record Reading(String currency, LocalDate today, Optional<TillSummary> till, List<TillMovement> movements) {
    }

    private void show(Reading reading) {
        currency = reading.currency();
        if (reportDay.get() == null) {
            reportDay.set(reading.today());
        }
        till.set(reading.till().orElse(null));
        open.set(reading.till().isPresent());
        movements.setAll(reading.movements());
        reading.till().ifPresentOrElse(t -> {
            status.set(Texts.get("till.status.open", Formats.fullDate(t.businessDay()), Prices.say(t.openingFloat())));
            expected.set(Prices.say(t.expected()));
        }, () -> {
            status.set(Texts.get("till.status.none"));
            expected.set("");
        });
    }

    /** Opens a till with the float typed in. */
    public void openTill() {
        clearErrors();
        Optional<Money> amount = Amounts.read(floatText.get(), currency);
        if (amount.isEmpty()) {
            floatError.set(Texts.get("till.error.amount", Amounts.example(currency)));
            return;
        }
        write(() -> {
            tills.open(amount.get());
            return null;
        }, done -> {
            floatText.set("");
            message.set(Texts.get("till.opened"));
        });
    }

    /** Puts the amount typed in into the drawer, for the reason typed in. */
    public void cashIn() {
        move(true);
    }

    /** Takes the amount typed in out of the drawer, for the reason typed in. */
    public void cashOut() {
        move(false);
    }

    private void move(boolean in) {
        clearErrors();
        TillSummary current = till.get();
        if (current == null) {
            message.set(Texts.get("till.status.none"));
            return;
        }
        Optional<Money> amount = Amounts.read(amountText.get(), currency);
        boolean ok = true;
        if (amount.isEmpty()) {
            amountError.set(Texts.get("till.error.amount", Amounts.example(currency)));
            ok = false;
        }
        if (reasonText.get() == null || reasonText.get().isBlank()) {
            reasonError.set(new DomainRejection("till.reason-required").text(Texts.locale()));
            ok = false;
        }
        if (!ok) {
            return;
        }
        String reason = reasonText.get();
        write(() -> {
            if (in) {
                tills.putIn(current.tillId(), amount.get(), reason);
            } else {
                tills.takeOut(current.tillId(), amount.get(), reason);
            }
            return null;
        }, done -> {
            amountText.set("");
            reasonText.set("");
            message.set(Texts.get(in ? "till.cashIn.done" : "till.cashOut.done", Prices.say(amount.get())));
        });
    }

    /** Closes the day with the counted cash typed in, against the expected cash shown. */
    public void closeTill() {
        clearErrors();
        TillSummary current = till.get();
        if (current == null) {
            message.set(Texts.get("till.status.none"));
            return;
        }
        Optional<Money> counted = Amounts.read(countedText.get(), currency);
        if (counted.isEmpty()) {
            countedError.set(Texts.get("till.error.amount", Amounts.example(currency)));
            return;
        }
        write(() -> tills.close(current.tillId(), counted.get(), current.expected()), closed -> {
            countedText.set("");
            message.set(Texts.get("till.closed", Prices.say(closed.counted()), Prices.say(closed.expected()),
                    signed(closed.difference())));
            reportDay.set(closed.businessDay());
            showReport();
        });
    }

    /** Shows the branch's day-close report for the chosen day. */
    public void showReport() {
        LocalDate day = reportDay.get() == null ? tills.today() : reportDay.get();
        tasks.execute(() -> tills.dayClose(day), this::showReport, failure -> message.set(Explanation.of(failure)));
    }

    private void showReport(DayClose day) {
        reportTitle.set(Texts.get("till.report.title", day.branchName(), Formats.fullDate(day.day())));
        report.setAll(ReportLines.of(day));
    }

    /** The system has no printer to print the report on. */
    public void sayNoPrinter() {
        message.set(Texts.get("till.report.noPrinter"));
    }

    private <T> void write(Callable<T> work, Consumer<T> done) {
        busy.set(true);
        tasks.execute(work, result -> {
            busy.set(false);
            done.accept(result);
            refresh();
        }, failure -> {
            busy.set(false);
            if (failure instanceof DomainRejection rejection) {
                besideItsField(rejection);
            } else {
                message.set(Explanation.of(failure));
            }
            refresh();
        });
    }

    /** A rule's refusal goes beside the field it is about; the others above the forms. */
    private void besideItsField(DomainRejection rejection) {
        String words = Explanation.of(rejection);
        switch (rejection.code()) {
            case "till.float-negative" -> floatError.set(words);
            case "till.amount-not-positive", "till.wrong-currency" -> {
                if (open.get()) {
                    amountError.set(words);
                } else {
                    floatError.set(words);
                }
            }
            case "till.reason-required" -> reasonError.set(words);
            case "till.counted-negative", "till.expected-changed", "till.count-does-not-add-up" ->
                    countedError.set(words);
            default -> message.set(words);
        }
    }

    private void previewDifference() {
        TillSummary current = till.get();
        Optional<Money> counted = current == null ? Optional.empty() : Amounts.read(countedText.get(), currency);
        if (current == null || counted.isEmpty()) {
            difference.set("");
            return;
        }
        Money diff = new Money(counted.get().amount().subtract(current.expected().amount()), currency);
        difference.set(Texts.get(diff.amount().signum() == 0 ? "till.difference.none"
                : diff.isNegative() ? "till.difference.short" : "till.difference.over", signed(diff)));
    }

    static String signed(Money amount) {
        return amount.amount().signum() > 0 ? "+" + Prices.say(amount) : Prices.say(amount);
    }

    private void clearErrors() {
        floatError.set("");
        amountError.set("");
        reasonError.set("");
        countedError.set("");
        message.set("");
    }

    // properties

    public ReadOnlyObjectProperty<TillSummary> till() {
        return till.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty open() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty expected() {
        return expected.getReadOnlyProperty();
    }

    public ObservableList<TillMovement> movements() {
        return movements;
    }

    public StringProperty floatText() {
        return floatText;
    }

    public ReadOnlyStringProperty floatError() {
        return floatError.getReadOnlyProperty();
    }

    public StringProperty amountText() {
        return amountText;
    }

    public ReadOnlyStringProperty amountError() {
        return amountError.getReadOnlyProperty();
    }

    public StringProperty reasonText() {
        return reasonText;
    }

    public ReadOnlyStringProperty reasonError() {
        return reasonError.getReadOnlyProperty();
    }

    public StringProperty countedText() {
        return countedText;
    }

    public ReadOnlyStringProperty countedError() {
        return countedError.getReadOnlyProperty();
    }

    /** The difference the counted cash would record, shown before the close. */
    public ReadOnlyStringProperty difference() {
        return difference.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> reportDay() {
        return reportDay;
    }

    public ObservableList<ReportLine> report() {
        return report;
    }

    public ReadOnlyStringProperty reportTitle() {
        return reportTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
