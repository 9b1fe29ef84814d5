package com.salondesk.app.customer;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.CustomerRecords;
import com.salondesk.app.task.TaskExecutor;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's customer search: what is typed, and the customers it finds (each with their next booking). The
 * search runs off the FX thread; an answer to an older text than the one now typed is dropped.
 */
public final class CustomerSearchViewModel {

    static final int RESULTS = 12;

    private final CustomerRecords customers;
    private final TaskExecutor tasks;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<CustomerRecords.Match> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private long asked;

    public CustomerSearchViewModel(CustomerRecords customers, TaskExecutor tasks) {
        this.customers = customers;
        this.tasks = tasks;
    }

    // commands

    /** Searches for what is typed now (the view calls it once typing pauses). */
    public void search() {
        String typed = text.get() == null ? "" : text.get().strip();
        long question = ++asked;
        if (typed.isEmpty()) {
            results.clear();
            message.set("");
            return;
        }
        tasks.execute(() -> customers.search(typed, RESULTS), found -> {
            if (question == asked) {
                results.setAll(found);
                message.set(found.isEmpty() ? Texts.get("customers.search.none", typed) : "");
            }
        }, failure -> {
            if (question == asked) {
                results.clear();
                message.set(Explanation.of(failure));
            }
        });
    }

    /** Forgets the search (after a profile was opened, or Escape). */
    public void clear() {
        asked++;
        text.set("");
        results.clear();
        message.set("");
    }

    // properties

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<CustomerRecords.Match> results() {
        return results;
    }

    /** "Nobody found for …", or why the search failed; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The words a result shows in the list: name, phone, e-mail and the next booking. */
    public static String line(CustomerRecords.Match match, java.time.ZoneId zone) {
        var c = match.customer();
        List<String> parts = new java.util.ArrayList<>(List.of(c.name()));
        if (!c.phone().isEmpty()) {
            parts.add(c.phone());
        }
        if (!c.email().isEmpty()) {
            parts.add(c.email());
        }
        parts.add(match.nextBooking() == null ? Texts.get("customers.search.noNext")
                : Texts.get("customers.search.next", com.salondesk.app.language.Formats.instant(match.nextBooking(), zone)));
        return String.join(" · ", parts);
    }
}
