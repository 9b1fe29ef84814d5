package com.salondesk.app.attention;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Texts;
import com.salondesk.app.newbooking.BookingFormCheck;
import com.salondesk.app.newbooking.ClockTime;
import com.salondesk.app.newbooking.FormErrors;
import com.salondesk.app.port.AttentionEntry;
import com.salondesk.app.port.BranchView;
import com.salondesk.app.port.ContestedBooking;
import com.salondesk.app.port.CustomerView;
import com.salondesk.app.port.NeedsAttention;
import com.salondesk.app.port.ServiceView;
import com.salondesk.app.port.StaffView;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.domain.shared.DomainRejection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Moves a booking that lost its time to another time or stylist: the same customer and service, the form's
 * checks of the new-booking dialog ({@link BookingFormCheck}, the domain's booking rules) beside each field,
 * and the booking desk's last word (a slot taken meanwhile) beside the field it concerns.
 */
public final class MoveBookingViewModel {

    private final NeedsAttention attention;
    private final TaskExecutor tasks;
    private final AttentionEntry entry;
    private final BranchView branch;
    private final CustomerView customer;
    private final ServiceView service;

    // properties
    private final ObservableList<StaffView> staffChoices = FXCollections.observableArrayList();
    private final ObjectProperty<StaffView> staff = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty startText = new SimpleStringProperty("");
    private final StringProperty endText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper staffError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper startError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper endError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper moveError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper moved = new ReadOnlyBooleanWrapper(false);
    /** Field errors show once the desk first tries to move, then follow every change. */
    private boolean triedToSave;

    /**
     * @param team    the branch's staff; those who do the booking's service are offered
     * @param service the booking's service (a move keeps it); null when it is no longer on the menu
     */
    public MoveBookingViewModel(NeedsAttention attention, TaskExecutor tasks, AttentionEntry entry, BranchView branch,
                                List<StaffView> team, ServiceView service) {
        this.attention = attention;
        this.tasks = tasks;
        this.entry = entry;
        this.branch = branch;
        this.service = service;
        ContestedBooking lost = entry.lost();
        // The form's rules read only that the customer is on file; contact details are not asked about.
        this.customer = new CustomerView(lost.customerId(), lost.customerName(), lost.phone(), lost.email(), "",
                false);
        StaffView current = team.stream().filter(s -> s.staffId().equals(lost.staffId())).findFirst().orElse(null);
        staffChoices.setAll(team.stream().filter(s -> service == null || s.canPerform(service.serviceId())
                || s.equals(current)).toList());
        staff.set(current);
        ZonedDateTime start = lost.start().atZone(branch.zone());
        ZonedDateTime end = lost.end().atZone(branch.zone());
        date.set(start.toLocalDate());
        startText.set(ClockTime.format(start.toLocalTime()));
        endText.set(end.toLocalDate().equals(start.toLocalDate()) ? ClockTime.format(end.toLocalTime()) : "24:00");
        for (Observable input : List.of(staff, date, startText, endText)) {
            input.addListener(o -> {
                moveError.set("");
                if (triedToSave) {
                    show(check());
                }
            });
        }
        Duration length = Duration.between(lost.start(), lost.end());
        startText.addListener((obs, old, now) -> followLength(now, length));
    }

    // commands

    /** Checks the form and, when it holds, moves the booking; false when a field is wrong. */
    public boolean save() {
        triedToSave = true;
        moveError.set("");
        FormErrors errors = check();
        show(errors);
        if (errors.any() || saving.get()) {
            if (!errors.customer().isEmpty() || !errors.service().isEmpty()) {
                moveError.set(errors.customer().isEmpty() ? errors.service() : errors.customer());
            }
            return false;
        }
        LocalDate day = date.get();
        String staffId = staff.get().staffId();
        var start = day.atTime(ClockTime.parse(startText.get()).orElseThrow());
        var end = day.atTime(ClockTime.parse(endText.get()).orElseThrow());
        saving.set(true);
        tasks.execute(() -> {
            attention.move(entry.entryId(), staffId, start, end);
            return entry.entryId();
        }, done -> {
            saving.set(false);
            moved.set(true);
        }, failure -> {
            saving.set(false);
            String message = Explanation.of(failure);
            if (failure instanceof DomainRejection rejection) {
                show(currentErrors().orElse(FormErrors.fieldOf(rejection.code()), message));
            }
            moveError.set(Texts.get("attention.move.refused", message));
        });
        return true;
    }

    /** The end keeps the booking's length when the start changes; the desk may still change it by hand. */
    private void followLength(String newStart, Duration length) {
        var start = ClockTime.parse(newStart);
        if (start.isPresent()) {
            LocalTime end = start.get().plus(length);
            endText.set(end.isBefore(start.get()) ? "24:00" : ClockTime.format(end));
        }
    }

    private FormErrors check() {
        return BookingFormCheck.check(branch, date.get(), customer, service, staff.get(), startText.get(),
                endText.get());
    }

    private FormErrors currentErrors() {
        return new FormErrors("", "", staffError.get(), startError.get(), endError.get());
    }

    private void show(FormErrors errors) {
        staffError.set(errors.staff());
        startError.set(errors.start());
        endError.set(errors.end());
    }

    // property accessors

    /** "Jane Doe · Cut & finish": whose booking, and what. */
    public String heading() {
        return Texts.get("attention.move.header", entry.lost().customerName(), entry.lost().serviceName(),
                branch.name());
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

    public ReadOnlyStringProperty staffErrorProperty() {
        return staffError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty startErrorProperty() {
        return startError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty endErrorProperty() {
        return endError.getReadOnlyProperty();
    }

    /** Why the move was refused as a whole (a slot taken meanwhile, say), under the form. */
    public ReadOnlyStringProperty moveErrorProperty() {
        return moveError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True once the booking has been moved: the dialog closes. */
    public ReadOnlyBooleanProperty movedProperty() {
        return moved.getReadOnlyProperty();
    }
}
