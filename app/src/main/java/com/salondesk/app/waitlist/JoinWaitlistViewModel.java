package com.salondesk.app.waitlist;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Texts;
import com.salondesk.app.newbooking.ClockTime;
import com.salondesk.app.port.CustomerDirectory;
import com.salondesk.app.port.CustomerView;
import com.salondesk.app.port.DayReading;
import com.salondesk.app.port.ServiceView;
import com.salondesk.app.port.StaffView;
import com.salondesk.app.port.Waitlist;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.waitlist.Wish;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
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
 * The "Add to waitlist" form: the customer, the service, a stylist (or anyone), the days they could come and, if
 * they say so, the times. What is missing or unreadable is said beside its field before anything is written; the
 * waitlist's own rules (days in order, not in the past) are the domain's, shown beside the field they are about.
 */
public final class JoinWaitlistViewModel {

    private static final int SUGGESTIONS = 12;

    private final Waitlist waitlist;
    private final CustomerDirectory customers;
    private final DayReading days;
    private final TaskExecutor tasks;

    private final StringProperty customerText = new SimpleStringProperty("");
    private final ObjectProperty<CustomerView> customer = new SimpleObjectProperty<>();
    private final ObservableList<ServiceView> services = FXCollections.observableArrayList();
    private final ObjectProperty<ServiceView> service = new SimpleObjectProperty<>();
    private final ObservableList<StaffView> team = FXCollections.observableArrayList();
    private final ObservableList<StaffView> staffChoices = FXCollections.observableArrayList();
    /** Null: anyone who does the service. */
    private final ObjectProperty<StaffView> staff = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty earliestText = new SimpleStringProperty("");
    private final StringProperty latestText = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper customerError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper serviceError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper daysError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timesError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(false);

    public JoinWaitlistViewModel(Waitlist waitlist, CustomerDirectory customers, DayReading days, TaskExecutor tasks,
                                 LocalDate today) {
        this.waitlist = waitlist;
        this.customers = customers;
        this.days = days;
        this.tasks = tasks;
        from.set(today);
        to.set(today.plusDays(7));
        customerText.addListener((obs, old, text) -> {
            CustomerView chosen = customer.get();
            if (chosen != null && !chosen.label().equals(text)) {
                customer.set(null);
            }
        });
        service.addListener((obs, old, chosen) -> narrowStaff());
    }

    /** Reads the menu and the branch's team (off the FX thread). */
    public void load() {
        tasks.execute(() -> new Choices(days.services(), days.staffOf(waitlist.branchId())), choices -> {
            services.setAll(choices.services());
            team.setAll(choices.team());
            narrowStaff();
        }, failure -> formError.set(Explanation.of(failure)));
    }

    private record Choices(List<ServiceView> services, List<StaffView> team) {
    }

    private void narrowStaff() {
        ServiceView chosen = service.get();
        staffChoices.setAll(team.stream().filter(s -> chosen == null || s.canPerform(chosen.serviceId())).toList());
        if (staff.get() != null && !staffChoices.contains(staff.get())) {
            staff.set(null);
        }
    }

    /** Customers matching what was typed, for the auto-completion; called off the FX thread. */
    public List<CustomerView> suggestCustomers(String typed) {
        if (typed == null || typed.strip().length() < 2) {
            return List.of();
        }
        return customers.search(typed, SUGGESTIONS);
    }

    public void chooseCustomer(CustomerView chosen) {
        customerText.set(chosen.label());
        customer.set(chosen);
    }

    /** Checks the form and, when it is complete, puts the customer on the waitlist; false when a field is wrong. */
    public boolean save() {
        for (ReadOnlyStringWrapper error : List.of(customerError, serviceError, daysError, timesError, formError)) {
            error.set("");
        }
        boolean wrong = false;
        if (customer.get() == null) {
            customerError.set(Texts.get("waitlist.join.check.customer"));
            wrong = true;
        }
        if (service.get() == null) {
            serviceError.set(Texts.get("waitlist.join.check.service"));
            wrong = true;
        }
        if (from.get() == null || to.get() == null) {
            daysError.set(Texts.get("waitlist.join.check.days"));
            wrong = true;
        }
        Optional<LocalTime> earliest = ClockTime.parse(earliestText.get());
        Optional<LocalTime> latest = ClockTime.parse(latestText.get());
        if ((!earliestText.get().isBlank() && earliest.isEmpty()) || (!latestText.get().isBlank() && latest.isEmpty())) {
            timesError.set(Texts.get("waitlist.join.check.times"));
            wrong = true;
        }
        if (wrong || saving.get()) {
            return false;
        }
        Wish wish = new Wish(customer.get().customerId(), waitlist.branchId(), service.get().serviceId(),
                staff.get() == null ? null : staff.get().staffId(), from.get(), to.get(), earliest.orElse(null),
                latest.orElse(null), note.get());
        saving.set(true);
        tasks.execute(() -> waitlist.join(wish), entryId -> {
            saving.set(false);
            saved.set(true);
        }, failure -> {
            saving.set(false);
            refused(failure);
        });
        return true;
    }

    /** The domain's refusal beside the field it is about. */
    private void refused(Exception failure) {
        String words = Explanation.of(failure);
        String code = failure instanceof DomainRejection r ? r.code() : "";
        ReadOnlyStringWrapper field = switch (code) {
            case "waitlist.dates-required", "waitlist.dates-out-of-order", "waitlist.date-in-past" -> daysError;
            case "waitlist.times-out-of-order" -> timesError;
            case "waitlist.customer-required" -> customerError;
            case "waitlist.service-required" -> serviceError;
            default -> formError;
        };
        field.set(words);
    }

    public StringProperty customerText() {
        return customerText;
    }

    public ObjectProperty<CustomerView> customer() {
        return customer;
    }

    public ObservableList<ServiceView> services() {
        return services;
    }

    public ObjectProperty<ServiceView> service() {
        return service;
    }

    public ObservableList<StaffView> staffChoices() {
        return staffChoices;
    }

    public ObjectProperty<StaffView> staff() {
        return staff;
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public StringProperty earliestText() {
        return earliestText;
    }

    public StringProperty latestText() {
        return latestText;
    }

    public StringProperty note() {
        return note;
    }

    public ReadOnlyStringProperty customerError() {
        return customerError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty serviceError() {
        return serviceError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty daysError() {
        return daysError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timesError() {
        return timesError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formError() {
        return formError.getReadOnlyProperty();
    }

    public BooleanProperty saving() {
        return saving;
    }

    /** True once the customer is on the waitlist. */
    public ReadOnlyBooleanProperty saved() {
        return saved.getReadOnlyProperty();
    }
}
