package com.salondesk.app.customer;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.CustomerRecords;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.domain.customer.CustomerImport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Imports a customer list (CSV): first a preview — how many rows would be imported, and every refused row with its
 * line number and the reason in plain words — then the import itself, which records every acceptable row in one
 * transaction or none. The report can be saved.
 */
public final class CustomerImportViewModel {

    /** One line of the report. */
    public record ReportRow(int line, String reason) {
    }

    private final CustomerRecords customers;
    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ReportRow> refused = FXCollections.observableArrayList();
    private final ObservableList<String> accepted = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper importable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper imported = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public CustomerImportViewModel(CustomerRecords customers, TaskExecutor tasks) {
        this.customers = customers;
        this.tasks = tasks;
    }

    // commands

    /** Reads {@code chosen} and shows what importing it would do; nothing is recorded. */
    public void preview(Path chosen) {
        file.set(chosen);
        imported.set(false);
        run(() -> customers.previewImport(chosen), outcome -> {
            show(outcome);
            importable.set(!outcome.accepted().isEmpty());
            summary.set(Texts.get("customers.import.preview", outcome.accepted().size(), outcome.refused().size()));
        });
    }

    /** Imports the chosen file's acceptable rows, all in one go. */
    public void importNow() {
        Path chosen = file.get();
        if (chosen == null || !importable.get()) {
            return;
        }
        run(() -> customers.importFile(chosen), outcome -> {
            show(outcome);
            importable.set(false);
            imported.set(true);
            summary.set(Texts.get("customers.import.done", outcome.accepted().size(), outcome.refused().size()));
        });
    }

    /** Writes the report (the summary, then each refused row: line; reason) to {@code target}, off the FX thread. */
    public void saveReport(Path target) {
        List<String> lines = new ArrayList<>();
        lines.add(summary.get());
        lines.add(Texts.get("customers.import.reportHeader"));
        for (ReportRow row : refused) {
            lines.add(row.line() + ";\"" + row.reason().replace("\"", "\"\"") + "\"");
        }
        tasks.execute(() -> {
            try {
                return Files.write(target, lines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, written -> summary.set(summary.get() + " " + Texts.get("customers.import.saved", written.getFileName())),
                failure -> summary.set(Texts.get("customers.import.notSaved", target.getFileName())));
    }

    private void run(java.util.concurrent.Callable<CustomerImport.Outcome> work,
                     java.util.function.Consumer<CustomerImport.Outcome> then) {
        busy.set(true);
        tasks.execute(work, outcome -> {
            busy.set(false);
            then.accept(outcome);
        }, failure -> {
            busy.set(false);
            refused.clear();
            accepted.clear();
            importable.set(false);
            summary.set(failure instanceof UncheckedIOException
                    ? Texts.get("customers.import.unreadable", file.get() == null ? "" : file.get().getFileName())
                    : Texts.get("customers.import.refused", Explanation.of(failure)));
        });
    }

    private void show(CustomerImport.Outcome outcome) {
        accepted.setAll(outcome.accepted().stream().map(r -> r.details().name()).toList());
        refused.setAll(outcome.refused().stream()
                .map(r -> new ReportRow(r.line(), Explanation.of(r.reason()))).toList());
    }

    // properties

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The refused rows, each with its line and reason. */
    public ObservableList<ReportRow> refused() {
        return refused;
    }

    /** The names of the rows that are (or would be) imported. */
    public ObservableList<String> accepted() {
        return accepted;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether the preview found rows to import and they are not imported yet. */
    public ReadOnlyBooleanProperty importableProperty() {
        return importable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importedProperty() {
        return imported.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
