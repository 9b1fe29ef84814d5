package com.salondesk.app.newbooking;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Texts;
import com.salondesk.app.newcustomer.NewCustomerViewModel;
import com.salondesk.app.port.BookingCommands;
import com.salondesk.app.port.BranchView;
import com.salondesk.app.port.CustomerDirectory;
import com.salondesk.app.port.CustomerView;
import com.salondesk.app.port.ServiceView;
import com.salondesk.app.port.StaffView;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.shared.DomainRejection;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The new-booking form: who, what, with whom and when. Checks every field before anything is written and
 * shows the booking desk's reason when it still says no (a slot taken meanwhile, say).
 */
public final class NewBookingViewModel {

    private static final int SUGGESTIONS = 12;

    private final BookingCommands bookings;
    private final CustomerDirectory customers;
    private final TaskExecutor tasks;
    private final BranchView branch;
    private final List<StaffView> team;

    // properties
    private final StringProperty customerText = new SimpleStringProperty("");
    private final ObjectProperty<CustomerView> customer = new SimpleObjectProperty<>();
    private final ObservableList<ServiceView> services = FXCollections.observableArrayList();
    private final ObjectProperty<ServiceView> service = new SimpleObjectProperty<>();
    private final ObservableList<StaffView> staffChoices = FXCollections.observableArrayList();
    private final ObjectProperty<StaffView> staff = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty startText = new SimpleStringProperty("");
    private final StringProperty endText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper customerError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper serviceError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper staffError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper startError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper endError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bookingError = new ReadOnlyStringWrapper("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<String> savedBookingId = new ReadOnlyObjectWrapper<>();
    /** Field errors show once the desk first tries to save, then follow every change. */
    private boolean triedToSave;

    public NewBookingViewModel(BookingCommands bookings, CustomerDirectory customers, TaskExecutor tasks,
                               BranchView branch, LocalDate date, List<ServiceView> services, List<StaffView> team,
                               String staffId, LocalTime start) {
        this.bookings = bookings;
        this.customers = customers;
        this.tasks = tasks;
        this.branch = branch;
        this.team = List.copyOf(team);
        this.services.setAll(services);
        this.date.set(date);
        staffChoices.setAll(team);
        if (staffId != null) {
            team.stream().filter(s -> s.staffId().equals(staffId)).findFirst().ifPresent(staff::set);
        }
        if (start != null) {
            startText.set(ClockTime.format(start));
        }
        customerText.addListener((obs, old, text) -> {
            CustomerView chosen = customer.get();
            if (chosen != null && !chosen.label().equals(text)) {
                customer.set(null);
            }
        });
        service.addListener((obs, old, chosen) -> {
            narrowStaff(chosen);
            followDuration();
        });
        startText.addListener((obs, old, text) -> followDuration());
        customer.addListener((obs, old, now) -> recheck());
        staff.addListener((obs, old, now) -> recheck());
        this.date.addListener((obs, old, now) -> recheck());
        endText.addListener((obs, old, now) -> recheck());
        // A refusal speaks of the choices it was given: once any of them changes, it no longer applies.
        for (Observable input : List.of(customer, service, staff, this.date, startText, endText)) {
            input.addListener(o -> bookingError.set(""));
        }
    }

    // commands

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

    /** The form for a customer who is not on file yet, starting from the name typed so far. */
    public NewCustomerViewModel newCustomer() {
        return new NewCustomerViewModel(customers, tasks, customer.get() == null ? customerText.get().strip() : "");
    }

    /** Checks the form and, when it is complete, books; returns false when a field is wrong. */
    public boolean save() {
        triedToSave = true;
        bookingError.set("");
        FormErrors errors = check();
        show(errors);
        if (errors.any() || saving.get()) {
            return false;
        }
        LocalDate day = date.get();
        NewBooking request = new NewBooking(customer.get().customerId(), branch.branchId(), staff.get().staffId(),
                service.get().serviceId(), day.atTime(ClockTime.parse(startText.get()).orElseThrow()),
                day.atTime(ClockTime.parse(endText.get()).orElseThrow()), false);
        saving.set(true);
        // Read-your-writes: the port returns once the block is in the book, so it is there when the dialog closes.
        tasks.execute(() -> bookings.book(request), id -> {
            saving.set(false);
            savedBookingId.set(id);
        }, failure -> {
            saving.set(false);
            refused(failure);
        });
        return true;
    }

    private void refused(Exception failure) {
        String message = Explanation.of(failure);
        if (failure instanceof DomainRejection rejection) {
            show(currentErrors().orElse(FormErrors.fieldOf(rejection.code()), message));
        }
        bookingError.set(Texts.get("newBooking.refused", message));
    }

    private FormErrors currentErrors() {
        return new FormErrors(customerError.get(), serviceError.get(), staffError.get(), startError.get(),
                endError.get());
    }

    private void narrowStaff(ServiceView chosen) {
        // The chosen stylist stays chosen, and listed, even if they don't do the new service: the form then
        // says so. (A combo box whose value is missing from its list ignores a click on the first entry.)
        StaffView current = staff.get();
        staffChoices.setAll(chosen == null ? team : team.stream()
                .filter(s -> s.canPerform(chosen.serviceId()) || s.equals(current)).toList());
        recheck();
    }

    /** The end follows the service's length from the start; the desk may still change it by hand. */
    private void followDuration() {
        ServiceView chosen = service.get();
        Optional<LocalTime> start = ClockTime.parse(startText.get());
        if (chosen != null && start.isPresent()) {
            LocalTime end = start.get().plus(chosen.duration());
            endText.set(end.isBefore(start.get()) ? "24:00" : ClockTime.format(end));
        }
        recheck();
    }

    private void recheck() {
        if (triedToSave) {
            show(check());
        }
    }

    private FormErrors check() {
        return BookingFormCheck.check(branch, date.get(), customer.get(), service.get(), staff.get(),
                startText.get(), endText.get());
    }

    private void show(FormErrors errors) {
        customerError.set(errors.customer());
        serviceError.set(errors.service());
        staffError.set(errors.staff());
        startError.set(errors.start());
        endError.set(errors.end());
    }

    // property accessors

    public String branchName() {
        return branch.name();
    }

    public StringProperty customerTextProperty() {
        return customerText;
    }

    public ReadOnlyObjectProperty<CustomerView> customerProperty() {
        return customer;
    }

    public ObservableList<ServiceView> services() {
        return services;
    }

    public ObjectProperty<ServiceView> serviceProperty() {
        return service;
    }

    public ObservableList<StaffView> staffChoices() {
        return staffChoices;
    }

    public ObjectProperty<StaffView> staffProperty() {
        return staff;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty startTextProperty() {
        return startText;
    }

    public StringProperty endTextProperty() {
        return endText;
    }

    public ReadOnlyStringProperty customerErrorProperty() {
        return customerError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty serviceErrorProperty() {
        return serviceError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty staffErrorProperty() {
        return staffError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty startErrorProperty() {
        return startError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty endErrorProperty() {
        return endError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bookingErrorProperty() {
        return bookingError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public ReadOnlyObjectProperty<String> savedBookingIdProperty() {
        return savedBookingId.getReadOnlyProperty();
    }
}
