package com.salondesk.app.customer;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.CustomerRecords;
import com.salondesk.app.port.CustomerView;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.shared.DomainRejection;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Merges a duplicate record into the customer whose profile is open: find the duplicate, see both side by side,
 * choose field by field which value lives on. The duplicate's bookings then show under the survivor, and the
 * duplicate takes no new bookings.
 */
public final class MergeCustomersViewModel {

    /** The details one chooses between. */
    public enum Field { NAME, PHONE, EMAIL, NOTES, CONSENT }

    private final CustomerRecords customers;
    private final TaskExecutor tasks;
    private final CustomerView survivor;
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<CustomerView> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<CustomerView> duplicate = new SimpleObjectProperty<>();
    private final Map<Field, BooleanProperty> takeDuplicates = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper merged = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public MergeCustomersViewModel(CustomerRecords customers, TaskExecutor tasks, CustomerView survivor) {
        this.customers = customers;
        this.tasks = tasks;
        this.survivor = survivor;
        for (Field f : Field.values()) {
            takeDuplicates.put(f, new SimpleBooleanProperty(false));
        }
        // A field the survivor left empty takes the duplicate's value unless one chooses otherwise.
        duplicate.addListener((obs, old, other) -> {
            error.set("");
            if (other != null) {
                takeDuplicates.get(Field.PHONE).set(survivor.phone().isEmpty() && !other.phone().isEmpty());
                takeDuplicates.get(Field.EMAIL).set(survivor.email().isEmpty() && !other.email().isEmpty());
                takeDuplicates.get(Field.NOTES).set(survivor.notes().isEmpty() && !other.notes().isEmpty());
                takeDuplicates.get(Field.CONSENT).set(false);
                takeDuplicates.get(Field.NAME).set(false);
            }
        });
    }

    // commands

    /** Looks for the duplicate by what is typed; the survivor itself is never offered. */
    public void search() {
        String typed = searchText.get();
        tasks.execute(() -> customers.search(typed, CustomerSearchViewModel.RESULTS), found -> candidates.setAll(
                found.stream().map(CustomerRecords.Match::customer)
                        .filter(c -> !c.customerId().equals(survivor.customerId())).toList()),
                failure -> error.set(Explanation.of(failure)));
    }

    /** The details that live on, as chosen. */
    public CustomerDetails kept() {
        CustomerView other = duplicate.get();
        return new CustomerDetails(pick(Field.NAME, survivor.name(), other == null ? "" : other.name()),
                pick(Field.PHONE, survivor.phone(), other == null ? "" : other.phone()),
                pick(Field.EMAIL, survivor.email(), other == null ? "" : other.email()),
                pick(Field.NOTES, survivor.notes(), other == null ? "" : other.notes()),
                takeDuplicates.get(Field.CONSENT).get() && other != null ? other.marketingConsent()
                        : survivor.marketingConsent());
    }

    private String pick(Field field, String survivors, String duplicates) {
        return takeDuplicates.get(field).get() ? duplicates : survivors;
    }

    /** Merges once a duplicate is chosen and the kept details are acceptable; false otherwise (with the reason). */
    public boolean merge() {
        error.set("");
        CustomerView other = duplicate.get();
        if (other == null) {
            error.set(Texts.get("customers.merge.chooseDuplicate"));
            return false;
        }
        CustomerDetails keep = kept();
        try {
            keep.validate();
        } catch (DomainRejection rejection) {
            error.set(Explanation.of(rejection));
            return false;
        }
        busy.set(true);
        tasks.execute(() -> {
            customers.merge(survivor.customerId(), other.customerId(), keep);
            return true;
        }, done -> {
            busy.set(false);
            merged.set(true);
        }, failure -> {
            busy.set(false);
            error.set(Explanation.of(failure));
        });
        return true;
    }

    // properties

    public CustomerView survivor() {
        return survivor;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<CustomerView> candidates() {
        return candidates;
    }

    public ObjectProperty<CustomerView> duplicateProperty() {
        return duplicate;
    }

    /** Whether a field keeps the duplicate's value (true) or the survivor's (false). */
    public BooleanProperty takeDuplicatesProperty(Field field) {
        return takeDuplicates.get(field);
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mergedProperty() {
        return merged.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
