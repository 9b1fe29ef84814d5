package com.salondesk.app.book;

import com.salondesk.app.desk.DeskChanges;
import com.salondesk.app.desk.Explanation;
import com.salondesk.app.desk.FrontDesk;
import com.salondesk.app.dialog.DialogService;
import com.salondesk.app.newbooking.NewBookingViewModel;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.domain.booking.CancelReason;
import com.salondesk.persistence.read.BranchView;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The appointment book: which branch and day, what that day holds, and what the desk can do to it. */
public final class AppointmentBookViewModel {

    private static final DateTimeFormatter DAY_TITLE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final FrontDesk desk;
    private final TaskExecutor tasks;
    private final DialogService dialogs;

    // properties
    private final ObservableList<BranchView> branches = FXCollections.observableArrayList();
    private final ObjectProperty<BranchView> branch = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<BookDay> day = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Opening the appointment book…");
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<LocalTime> now = new ReadOnlyObjectWrapper<>();
    /** Counts loads, so that an older, slower load never overwrites a newer one. */
    private long loads;

    public AppointmentBookViewModel(FrontDesk desk, TaskExecutor tasks, DialogService dialogs, DeskChanges changes) {
        this.desk = desk;
        this.tasks = tasks;
        this.dialogs = dialogs;
        branch.addListener((obs, old, now) -> refresh());
        date.addListener((obs, old, now) -> refresh());
        changes.onChange(this::refresh);
    }

    /** Loads the branches and opens the book on today at the desk's own branch. */
    public void start() {
        tasks.execute(() -> desk.local().queries().branches(), loaded -> {
            branches.setAll(loaded);
            BranchView home = loaded.stream().filter(b -> b.branchId().equals(desk.identity().branchId()))
                    .findFirst().orElse(loaded.isEmpty() ? null : loaded.getFirst());
            // A day or branch the person already picked while the book was opening stays picked.
            if (date.get() == null) {
                date.set(LocalDate.now(desk.clock().withZone(home == null ? desk.clock().getZone() : home.zone())));
            }
            if (branch.get() == null) {
                branch.set(home);
            }
            if (home == null) {
                loading.set(false);
                status.set("This desk has no branches yet.");
            }
        }, this::failedToLoad);
    }

    // commands

    public void previousDay() {
        date.set(currentDate().minusDays(1));
    }

    public void nextDay() {
        date.set(currentDate().plusDays(1));
    }

    public void today() {
        BranchView shown = branch.get();
        date.set(LocalDate.now(shown == null ? desk.clock() : desk.clock().withZone(shown.zone())));
    }

    /** Reads the shown day again (after a change on this desk or from elsewhere). */
    public void refresh() {
        BranchView shown = branch.get();
        LocalDate shownDate = date.get();
        if (shown == null || shownDate == null) {
            return;
        }
        long load = ++loads;
        loading.set(true);
        tasks.execute(() -> BookDay.load(desk.local().queries(), shown, shownDate), loaded -> {
            if (load != loads) {
                return;
            }
            day.set(loaded);
            tick();
            title.set(shown.name() + " · " + DAY_TITLE.format(shownDate));
            status.set(describe(loaded));
            loading.set(false);
        }, this::failedToLoad);
    }

    /** Moves the "now" mark; it shows only on today's page. */
    public void tick() {
        BookDay shown = day.get();
        if (shown == null) {
            now.set(null);
            return;
        }
        var clock = desk.clock().withZone(shown.branch().zone());
        now.set(shown.date().equals(LocalDate.now(clock)) ? LocalTime.now(clock).withSecond(0).withNano(0) : null);
    }

    public boolean canDo(BookingAction action, BookingBlock booking) {
        return action.allowedFor(booking, desk.clock().instant());
    }

    /**
     * Takes one step in a booking's life; a cancellation asks for the reason first, and a no-show asks to be
     * sure (it gives the time away).
     */
    public void perform(BookingAction action, BookingBlock booking) {
        String id = booking.bookingId();
        var bookings = desk.local().bookings();
        String appointment = booking.customerName() + "'s " + booking.serviceName() + " at " + booking.start();
        Runnable step = switch (action) {
            case CONFIRM -> () -> bookings.confirm(desk.command(), id);
            case CHECK_IN -> () -> bookings.checkIn(desk.command(), id);
            case COMPLETE -> () -> bookings.complete(desk.command(), id);
            case NO_SHOW -> dialogs.confirm("Record a no-show", "Record that " + appointment
                    + " was missed? The time is given back; it can be undone today.")
                    ? () -> bookings.markNoShow(desk.command(), id) : null;
            case UNDO_NO_SHOW -> () -> bookings.undoNoShow(desk.command(), id);
            case CANCEL -> {
                Optional<CancelReason> reason = dialogs.askForCancelReason("Cancel booking",
                        "Why is " + appointment + " cancelled?");
                yield reason.<Runnable>map(r -> () -> bookings.cancel(desk.command(), id, r)).orElse(null);
            }
        };
        if (step == null) {
            return;
        }
        tasks.execute(() -> {
            step.run();
            // Read-your-writes: the book shows the new status as soon as it is drawn again.
            desk.local().awaitProjections();
            return id;
        }, done -> refresh(), failure -> {
            dialogs.showError(action.failureTitle(), Explanation.of(failure));
            refresh();
        });
    }

    /** The form for a new booking on the shown day, optionally in a chosen stylist's empty slot. */
    public Optional<NewBookingViewModel> newBooking(String staffId, LocalTime start) {
        BookDay shown = day.get();
        if (shown == null) {
            return Optional.empty();
        }
        return Optional.of(new NewBookingViewModel(desk, tasks, shown.branch(), shown.date(), shown.services(),
                shown.team(), staffId, start));
    }

    private LocalDate currentDate() {
        return date.get() == null ? LocalDate.now(desk.clock()) : date.get();
    }

    private void failedToLoad(Exception failure) {
        loading.set(false);
        status.set("The appointment book could not be read. " + Explanation.of(failure));
    }

    private static String describe(BookDay day) {
        if (day.closed()) {
            return "The branch is closed on " + day.date().getDayOfWeek().getDisplayName(TextStyle.FULL,
                    Locale.UK) + "s.";
        }
        long count = day.columns().stream().mapToLong(c -> c.bookings().stream().filter(b -> b.status().holdsTime())
                .count()).sum();
        List<String> hours = day.openingHours().stream().map(Object::toString).toList();
        return "Open " + String.join(", ", hours) + " · " + day.columns().size() + " on duty · " + count
               + (count == 1 ? " appointment" : " appointments");
    }

    // property accessors

    public ObservableList<BranchView> branches() {
        return branches;
    }

    public ObjectProperty<BranchView> branchProperty() {
        return branch;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ReadOnlyObjectProperty<BookDay> dayProperty() {
        return day.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalTime> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
