package com.salondesk.app.book;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Texts;
import com.salondesk.app.newbooking.ClockTime;
import com.salondesk.app.port.BookingCommands;
import com.salondesk.app.port.ServiceView;
import com.salondesk.app.task.TaskExecutor;
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
 * The edit-booking dialog: the service, the start and end, and the notes of one booking. A new time is a reschedule
 * (checked like a drag on the book), a new service or notes a change of details; nothing is recorded when the new
 * time is refused, and the reason shows in the dialog.
 */
public final class EditBookingViewModel {

    private final BookingCommands bookings;
    private final TaskExecutor tasks;
    private final BookingBlock booking;
    private final LocalDate date;
    private final ServiceView bookedService;

    private final ObservableList<ServiceView> services = FXCollections.observableArrayList();
    private final ObjectProperty<ServiceView> service = new SimpleObjectProperty<>();
    private final StringProperty startText = new SimpleStringProperty();
    private final StringProperty endText = new SimpleStringProperty();
    private final StringProperty notes = new SimpleStringProperty();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper();

    public EditBookingViewModel(BookingCommands bookings, TaskExecutor tasks, BookingBlock booking, LocalDate date,
                                List<ServiceView> menu) {
        this.bookings = bookings;
        this.tasks = tasks;
        this.booking = booking;
        this.date = date;
        this.services.setAll(menu);
        this.bookedService = menu.stream().filter(s -> s.serviceId().equals(booking.serviceId())).findFirst()
                .orElse(null);
        service.set(bookedService);
        startText.set(ClockTime.format(booking.start()));
        endText.set(ClockTime.format(booking.end()));
        notes.set(booking.notes());
        for (javafx.beans.Observable input : List.<javafx.beans.Observable>of(service, startText, endText, notes)) {
            input.addListener(o -> error.set(""));
        }
    }

    /** "Jane Doe · 10:00–10:45", what the dialog's header says. */
    public String header() {
        return Texts.get("book.edit.header", booking.customerName(), booking.times());
    }

    /** Records what changed, off the FX thread: the new time first, then the service and notes. */
    public void save() {
        Optional<LocalTime> start = ClockTime.parse(startText.get());
        Optional<LocalTime> end = ClockTime.parse(endText.get());
        if (start.isEmpty() || end.isEmpty()) {
            error.set(Texts.get("book.edit.badTime"));
            return;
        }
        boolean newTime = !start.get().equals(booking.start()) || !end.get().equals(booking.end());
        ServiceView chosen = service.get();
        String serviceId = chosen == null || chosen.equals(bookedService) ? null : chosen.serviceId();
        String newNotes = notes.get() == null ? "" : notes.get().strip();
        boolean newDetails = serviceId != null || !newNotes.equals(booking.notes());
        if (!newTime && !newDetails) {
            saved.set(true);
            return;
        }
        saving.set(true);
        tasks.execute(() -> {
            if (newTime) {
                bookings.reschedule(booking.bookingId(), booking.staffId(), date.atTime(start.get()),
                        date.atTime(end.get()));
            }
            if (newDetails) {
                bookings.change(booking.bookingId(), serviceId, newNotes);
            }
            return true;
        }, done -> {
            saving.set(false);
            saved.set(true);
        }, failure -> {
            saving.set(false);
            error.set(Explanation.of(failure));
        });
    }

    public ObservableList<ServiceView> services() {
        return services;
    }

    public ObjectProperty<ServiceView> serviceProperty() {
        return service;
    }

    public StringProperty startTextProperty() {
        return startText;
    }

    public StringProperty endTextProperty() {
        return endText;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** Why the change was not recorded, in plain words; empty when there is nothing to say. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    /** True once the change is recorded (or there was nothing to change); the dialog then closes. */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
