package com.salondesk.app.newcustomer;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.desk.FrontDesk;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.persistence.read.CustomerView;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Adds a customer who is not on file yet. The rules are the customer's own ({@link CustomerDetails#validate()});
 * this form only says which field each broken rule belongs to.
 */
public final class NewCustomerViewModel {

    private final FrontDesk desk;
    private final TaskExecutor tasks;

    // properties
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty marketingConsent = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phoneError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emailError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper customerError = new ReadOnlyStringWrapper("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<CustomerView> registered = new ReadOnlyObjectWrapper<>();

    public NewCustomerViewModel(FrontDesk desk, TaskExecutor tasks, String typedName) {
        this.desk = desk;
        this.tasks = tasks;
        name.set(typedName == null ? "" : typedName);
    }

    /** Registers the customer when the details are acceptable; returns false when a field is wrong. */
    public boolean save() {
        clearErrors();
        CustomerDetails details = new CustomerDetails(name.get(), phone.get(), email.get(), notes.get(),
                marketingConsent.get());
        try {
            details.validate();
        } catch (DomainRejection rejection) {
            errorFor(rejection.code()).set(Explanation.of(rejection));
            return false;
        }
        if (saving.get()) {
            return false;
        }
        saving.set(true);
        tasks.execute(() -> {
            String id = desk.local().setup().registerCustomer(desk.command(), details, desk.clock().instant());
            // The customer can be searched for as soon as the dialog closes.
            desk.local().awaitProjections();
            return new CustomerView(id, details.name(), details.phone(), details.email(), details.notes(),
                    details.marketingConsent());
        }, customer -> {
            saving.set(false);
            registered.set(customer);
        }, failure -> {
            saving.set(false);
            customerError.set("The customer could not be added: " + Explanation.of(failure));
        });
        return true;
    }

    private ReadOnlyStringWrapper errorFor(String code) {
        return switch (code) {
            case "customer.name-required" -> nameError;
            case "customer.contact-required", "customer.invalid-phone" -> phoneError;
            case "customer.invalid-email" -> emailError;
            default -> customerError;
        };
    }

    private void clearErrors() {
        nameError.set("");
        phoneError.set("");
        emailError.set("");
        customerError.set("");
    }

    // property accessors

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
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phoneErrorProperty() {
        return phoneError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emailErrorProperty() {
        return emailError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty customerErrorProperty() {
        return customerError.getReadOnlyProperty();
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public ReadOnlyObjectProperty<CustomerView> registeredProperty() {
        return registered.getReadOnlyProperty();
    }
}
