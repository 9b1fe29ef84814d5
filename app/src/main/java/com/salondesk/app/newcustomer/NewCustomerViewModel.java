package com.salondesk.app.newcustomer;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.CustomerDirectory;
import com.salondesk.app.port.CustomerView;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.shared.DomainRejection;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Adds a customer who is not on file yet. The rules are the customer's own ({@link CustomerDetails#validate()},
 * {@link CustomerDetails#isLikelySameAs}); this form only says which field each broken rule belongs to, and warns
 * before it adds someone who is probably on file already.
 */
public final class NewCustomerViewModel {

    private final CustomerDirectory customers;
    private final TaskExecutor tasks;

    // properties
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty marketingConsent = new SimpleBooleanProperty(false);
    private final CustomerFieldErrors errors = new CustomerFieldErrors();
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<CustomerView> registered = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CustomerView> likelyDuplicate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper duplicateWarning = new ReadOnlyStringWrapper("");

    public NewCustomerViewModel(CustomerDirectory customers, TaskExecutor tasks, String typedName) {
        this.customers = customers;
        this.tasks = tasks;
        name.set(typedName == null ? "" : typedName);
        // A warning about someone else's name or phone no longer applies once either is changed.
        name.addListener((obs, old, now) -> forgetDuplicate());
        phone.addListener((obs, old, now) -> forgetDuplicate());
    }

    // commands

    /**
     * Registers the customer when the details are acceptable; returns false when a field is wrong. When a
     * customer with the same name and phone is already on file, nothing is added: the form warns and offers
     * that customer ({@link #useExisting()}) or a new one all the same ({@link #addAnyway()}).
     */
    public boolean save() {
        return save(false);
    }

    /** Adds the customer although one with the same name and phone is on file: two people, on purpose. */
    public boolean addAnyway() {
        return save(true);
    }

    /** Takes the customer already on file instead of adding a duplicate. */
    public void useExisting() {
        CustomerView existing = likelyDuplicate.get();
        if (existing != null) {
            registered.set(existing);
        }
    }

    private boolean save(boolean evenIfOnFile) {
        errors.clear();
        CustomerDetails details = new CustomerDetails(name.get(), phone.get(), email.get(), notes.get(),
                marketingConsent.get());
        try {
            details.validate();
        } catch (DomainRejection rejection) {
            errors.show(rejection);
            return false;
        }
        if (saving.get()) {
            return false;
        }
        saving.set(true);
        tasks.execute(() -> {
            if (!evenIfOnFile) {
                List<CustomerView> onFile = customers.likelySame(details);
                if (!onFile.isEmpty()) {
                    return new Outcome(null, onFile.getFirst());
                }
            }
            // The port returns once the customer can be searched for, so they can be as soon as the dialog closes.
            return new Outcome(customers.register(details), null);
        }, outcome -> {
            saving.set(false);
            if (outcome.onFile() != null) {
                likelyDuplicate.set(outcome.onFile());
                duplicateWarning.set(Texts.get("newCustomer.duplicate", outcome.onFile().label()));
            } else {
                registered.set(outcome.added());
            }
        }, failure -> {
            saving.set(false);
            errors.showOnForm(Texts.get("newCustomer.failed", Explanation.of(failure)));
        });
        return true;
    }

    /** What saving came to: the customer added, or the one already on file who is probably the same person. */
    private record Outcome(CustomerView added, CustomerView onFile) {
    }

    private void forgetDuplicate() {
        likelyDuplicate.set(null);
        duplicateWarning.set("");
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
        return errors.nameProperty();
    }

    public ReadOnlyStringProperty phoneErrorProperty() {
        return errors.phoneProperty();
    }

    public ReadOnlyStringProperty emailErrorProperty() {
        return errors.emailProperty();
    }

    public ReadOnlyStringProperty customerErrorProperty() {
        return errors.formProperty();
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    /** The customer on file who is probably the one being added; null when there is none. */
    public ReadOnlyObjectProperty<CustomerView> likelyDuplicateProperty() {
        return likelyDuplicate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty duplicateWarningProperty() {
        return duplicateWarning.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CustomerView> registeredProperty() {
        return registered.getReadOnlyProperty();
    }
}
