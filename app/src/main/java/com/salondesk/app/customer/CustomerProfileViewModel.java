package com.salondesk.app.customer;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Texts;
import com.salondesk.app.newcustomer.CustomerFieldErrors;
import com.salondesk.app.port.CustomerRecords;
import com.salondesk.app.port.CustomerView;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.app.view.Prices;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.shared.DomainRejection;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One customer's profile: the details (changed with the customer's own rules, a broken one shown beside its field
 * and nothing stored), the visit history with each booking's outcome and spend, the bookings to come, and how often
 * they did not come or cancelled.
 */
public final class CustomerProfileViewModel {

    private final CustomerRecords customers;
    private final TaskExecutor tasks;
    private final ReadOnlyStringWrapper customerId = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<CustomerView> shown = new ReadOnlyObjectWrapper<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty marketingConsent = new SimpleBooleanProperty(false);
    private final CustomerFieldErrors errors = new CustomerFieldErrors();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<VisitRow> history = FXCollections.observableArrayList();
    private final ObservableList<VisitRow> upcoming = FXCollections.observableArrayList();

    public CustomerProfileViewModel(CustomerRecords customers, TaskExecutor tasks, String customerId) {
        this.customers = customers;
        this.tasks = tasks;
        this.customerId.set(customerId);
        // A broken rule that is no field's is said where the form says how saving went.
        errors.formProperty().subscribe(words -> {
            if (!words.isEmpty()) {
                status.set(words);
            }
        });
    }

    // commands

    /** Reads the profile again (the survivor's, when the id shown was merged away). */
    public void refresh() {
        tasks.execute(() -> customers.profile(customerId.get()), profile -> {
            if (profile.isEmpty()) {
                status.set(Texts.get("customers.profile.unknown"));
                return;
            }
            show(profile.get());
        }, failure -> status.set(Explanation.of(failure)));
    }

    private void show(CustomerRecords.Profile p) {
        CustomerView c = p.customer();
        customerId.set(c.customerId());
        shown.set(c);
        name.set(c.name());
        phone.set(c.phone());
        email.set(c.email());
        notes.set(c.notes());
        marketingConsent.set(c.marketingConsent());
        history.setAll(p.history().stream().map(VisitRow::of).toList());
        upcoming.setAll(p.upcoming().stream().map(VisitRow::of).toList());
        String spend = p.spend().isEmpty() ? Texts.get("customers.profile.noSpend")
                : p.spend().stream().map(Prices::say).collect(Collectors.joining(", "));
        summary.set(Texts.get("customers.profile.summary", p.history().size(), p.upcoming().size(), p.noShows(),
                p.cancellations(), spend)
                    + (p.mergedIds().isEmpty() ? "" : " " + Texts.get("customers.profile.merged", p.mergedIds().size())));
    }

    /** Stores the changed details when they are acceptable; false (and the error beside its field) when not. */
    public boolean save() {
        errors.clear();
        status.set("");
        CustomerView before = shown.get();
        if (before == null || busy.get()) {
            return false;
        }
        CustomerDetails after = new CustomerDetails(name.get(), phone.get(), email.get(), notes.get(),
                marketingConsent.get());
        try {
            after.validate();
        } catch (DomainRejection rejection) {
            errors.show(rejection);
            return false;
        }
        busy.set(true);
        CustomerDetails was = new CustomerDetails(before.name(), before.phone(), before.email(), before.notes(),
                before.marketingConsent());
        tasks.execute(() -> {
            customers.change(before.customerId(), was, after);
            return customers.profile(before.customerId());
        }, profile -> {
            busy.set(false);
            profile.ifPresent(this::show);
            status.set(Texts.get("customers.profile.saved"));
        }, failure -> {
            busy.set(false);
            if (failure instanceof DomainRejection r) {
                errors.show(r);
            } else {
                status.set(Explanation.of(failure));
            }
        });
        return true;
    }

    // properties

    public ReadOnlyStringProperty customerIdProperty() {
        return customerId.getReadOnlyProperty();
    }

    /** The customer as last read; null until the profile is read. */
    public ReadOnlyObjectProperty<CustomerView> customerProperty() {
        return shown.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public BooleanProperty marketingConsentProperty() {
        return marketingConsent;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return errors.nameProperty();
    }

    public ReadOnlyStringProperty phoneErrorProperty() {
        return errors.phoneProperty();
    }

    public ReadOnlyStringProperty emailErrorProperty() {
        return errors.emailProperty();
    }

    /** "Saved.", or a failure that is no field's (a rule of the form as a whole, the desk unreadable). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "4 visits, 1 coming, 1 no-show, 0 cancelled, spent £120.00". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<VisitRow> history() {
        return history;
    }

    public ObservableList<VisitRow> upcoming() {
        return upcoming;
    }
}
