package com.salondesk.app.book;

import com.salondesk.app.book.sheet.DaySheetViewModel;
import com.salondesk.app.desk.Explanation;
import com.salondesk.app.dialog.DialogService;
import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.app.newbooking.ClockTime;
import com.salondesk.app.newbooking.NewBookingViewModel;
import com.salondesk.app.port.BookingCommands;
import com.salondesk.app.port.BookSettings;
import com.salondesk.app.port.BookingWorkflows;
import com.salondesk.app.port.BranchView;
import com.salondesk.app.port.CustomerDirectory;
import com.salondesk.app.port.DayReading;
import com.salondesk.app.port.DeskChanges;
import com.salondesk.app.port.FreeTime;
import com.salondesk.app.workflow.WorkflowViewModel;
import com.salondesk.app.port.Checkouts;
import com.salondesk.app.port.DepositTaking;
import com.salondesk.app.checkout.CheckoutViewModel;
import com.salondesk.app.payment.DepositViewModel;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.domain.booking.CancelReason;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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

    private final DayReading days;
    private final BookingWorkflows workflows;
    private final BookingCommands bookings;
    private final CustomerDirectory customers;
    private final Clock clock;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final DepositTaking deposits;
    private final Checkouts checkouts;
    private final Path receiptFolder;
    private final FreeTime freeTime;
    private final BookSettings settings;
    /** What is stored for the window; changed on the FX thread, written off it. */
    private BookSettings.Remembered remembered = BookSettings.Remembered.NOTHING;
    private final ReadOnlyObjectWrapper<BookSettings.Remembered> restored = new ReadOnlyObjectWrapper<>();

    // properties
    private final ObservableList<BranchView> branches = FXCollections.observableArrayList();
    private final ObjectProperty<BranchView> branch = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<BookDay> day = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Texts.get("desk.opening"));
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<LocalTime> now = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<DropRefusal> refusal = new SimpleObjectProperty<>();
    private final ObjectProperty<MoveUndo> undo = new SimpleObjectProperty<>();
    private final ObjectProperty<BlockColours> colours = new SimpleObjectProperty<>(BlockColours.STATUS);
    private final BooleanProperty moving = new SimpleBooleanProperty();
    /** Counts loads, so that an older, slower load never overwrites a newer one. */
    private long loads;

    /**
     * {@code workflows} reads the bookings' confirmation workflows; {@code deposits} and {@code checkouts} serve the
     * deposit and checkout dialogs a booking opens; {@code receiptFolder} is where a checkout saves its receipts as PDF;
     * {@code freeTime} shades the stylists' days and finds a walk-in's slot; {@code settings} keeps the window's place,
     * the branch and the view between starts.
     */
    public AppointmentBookViewModel(DayReading days, BookingWorkflows workflows, BookingCommands bookings,
                                    CustomerDirectory customers, Clock clock, TaskExecutor tasks, DialogService dialogs,
                                    DeskChanges changes, DepositTaking deposits, Checkouts checkouts,
                                    Path receiptFolder, FreeTime freeTime, BookSettings settings) {
        this.freeTime = freeTime;
        this.settings = settings;
        this.deposits = deposits;
        this.checkouts = checkouts;
        this.receiptFolder = receiptFolder;
        this.days = days;
        this.workflows = workflows;
        this.bookings = bookings;
        this.customers = customers;
        this.clock = clock;
        this.tasks = tasks;
        this.dialogs = dialogs;
        branch.addListener((obs, old, now) -> {
            refusal.set(null);
            if (now != null && restored.get() != null) {
                remember(remembered.withBranch(now.branchId()));
            }
            refresh();
        });
        view.addListener((obs, old, now) -> {
            if (now != null && restored.get() != null) {
                remember(remembered.withView(now.name()));
            }
        });
        date.addListener((obs, old, now) -> {
            refusal.set(null);
            refresh();
        });
        changes.onChange(this::refresh);
    }

    /** What the book starts from: the branches, and what this desk remembered. */
    private record Opening(List<BranchView> branches, BookSettings.Remembered remembered) {
    }

    /**
     * Loads the branches and opens the book on today, at the branch and in the view this desk showed last (or at its
     * own branch); {@link #restoredProperty()} then holds what was remembered, the window's place included.
     */
    public void start() {
        tasks.execute(() -> new Opening(days.branches(), settings.read()), opening -> {
            List<BranchView> loaded = opening.branches();
            remembered = opening.remembered();
            branches.setAll(loaded);
            String wanted = remembered.branchId() != null
                            && loaded.stream().anyMatch(b -> b.branchId().equals(remembered.branchId()))
                    ? remembered.branchId() : days.homeBranchId();
            BranchView home = loaded.stream().filter(b -> b.branchId().equals(wanted))
                    .findFirst().orElse(loaded.isEmpty() ? null : loaded.getFirst());
            if (remembered.view() != null) {
                for (BookMode kind : BookMode.values()) {
                    if (kind.name().equals(remembered.view())) {
                        view.set(kind);
                    }
                }
            }
            restored.set(remembered);
            // A day or branch the person already picked while the book was opening stays picked.
            if (date.get() == null) {
                date.set(LocalDate.now(home == null ? clock : clock.withZone(home.zone())));
            }
            if (branch.get() == null) {
                branch.set(home);
            }
            if (home == null) {
                loading.set(false);
                status.set(Texts.get("book.noBranches"));
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
        date.set(LocalDate.now(shown == null ? clock : clock.withZone(shown.zone())));
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
        tasks.execute(() -> BookDay.load(days, workflows, freeTime, shown, shownDate), loaded -> {
            if (load != loads) {
                return;
            }
            day.set(loaded);
            tick();
            title.set(Texts.get("book.title", shown.name(), Formats.fullDate(shownDate)));
            status.set(describe(loaded));
            loading.set(false);
        }, this::failedToLoad);
    }

    public void previousWeek() {
        date.set(currentDate().minusWeeks(1));
    }

    public void nextWeek() {
        date.set(currentDate().plusWeeks(1));
    }

    /**
     * Moves (or resizes) a booking where it was dropped, off the FX thread. Done, Undo can move it back; refused, the
     * reason is shown where it was dropped, and the block stays where it was.
     */
    public void move(BlockMove move) {
        BookDay shown = day.get();
        refusal.set(null);
        if (shown == null || move.changesNothing()) {
            return;
        }
        BookingBlock booking = move.booking();
        LocalDate on = shown.date();
        var back = new MoveUndo(booking.bookingId(), Texts.get("book.undo.what", booking.customerName(),
                booking.serviceName()), booking.staffId(), on.atTime(booking.start()), on.atTime(booking.end()));
        moving.set(true);
        tasks.execute(() -> {
            bookings.reschedule(booking.bookingId(), move.staffId(), on.atTime(move.start()), on.atTime(move.end()));
            return back;
        }, done -> {
            moving.set(false);
            undo.set(done);
            refresh();
        }, failure -> {
            moving.set(false);
            refusal.set(new DropRefusal(move.staffId(), move.start(), Explanation.of(failure)));
            refresh();
        });
    }

    /** Moves the last moved booking back where it was. */
    public void undo() {
        MoveUndo last = undo.get();
        if (last == null || moving.get()) {
            return;
        }
        refusal.set(null);
        moving.set(true);
        tasks.execute(() -> {
            bookings.reschedule(last.bookingId(), last.staffId(), last.start(), last.end());
            return last;
        }, done -> {
            moving.set(false);
            if (undo.get() == done) {
                undo.set(null);
            }
            refresh();
        }, failure -> {
            moving.set(false);
            dialogs.showError(Texts.get("book.undo.failed"), Explanation.of(failure));
            refresh();
        });
    }

    /** Keeps the window's place and size for the next start (the view calls it once the window has settled). */
    public void rememberWindow(double x, double y, double width, double height) {
        if (restored.get() != null) {
            remember(remembered.withWindow(x, y, width, height));
        }
    }

    private void remember(BookSettings.Remembered next) {
        if (next.equals(remembered)) {
            return;
        }
        remembered = next;
        tasks.execute(() -> {
            settings.write(next);
            return next;
        }, written -> { }, failure -> status.set(Explanation.of(failure)));
    }

    /** Takes the shown refusal away (the person has read it). */
    public void dismissRefusal() {
        refusal.set(null);
    }

    /** Moves the "now" mark; it shows only on today's page. */
    public void tick() {
        BookDay shown = day.get();
        if (shown == null) {
            now.set(null);
            return;
        }
        var branchClock = clock.withZone(shown.branch().zone());
        now.set(shown.date().equals(LocalDate.now(branchClock)) ? LocalTime.now(branchClock).withSecond(0).withNano(0) : null);
    }

    /** The workflow window of a booking: its steps, loaded off the FX thread. */
    public WorkflowViewModel workflowOf(BookingBlock booking) {
        WorkflowViewModel workflow = new WorkflowViewModel(workflows, tasks, booking.bookingId(),
                Texts.get("workflow.heading", booking.customerName(), booking.serviceName(), booking.times()),
                shownZone());
        workflow.load();
        return workflow;
    }

    private java.time.ZoneId shownZone() {
        BookDay shown = day.get();
        return shown == null ? clock.getZone() : shown.branch().zone();
    }

    public boolean canDo(BookingAction action, BookingBlock booking) {
        return action.allowedFor(booking, clock.instant());
    }

    /**
     * Takes one step in a booking's life; a cancellation asks for the reason first, and a no-show asks to be
     * sure (it gives the time away).
     */
    public void perform(BookingAction action, BookingBlock booking) {
        String id = booking.bookingId();
        String customer = booking.customerName();
        String service = booking.serviceName();
        String at = Formats.time(booking.start());
        Runnable step = switch (action) {
            case CONFIRM -> () -> bookings.confirm(id);
            case CHECK_IN -> () -> bookings.checkIn(id);
            case COMPLETE -> () -> bookings.complete(id);
            case NO_SHOW -> dialogs.confirm(Texts.get("book.noShow.title"),
                    Texts.get("book.noShow.question", customer, service, at))
                    ? () -> bookings.markNoShow(id) : null;
            case UNDO_NO_SHOW -> () -> bookings.undoNoShow(id);
            // Dialogs of their own, which the view opens (openDeposit, checkout).
            case TAKE_DEPOSIT, CHECKOUT -> null;
            case CANCEL -> {
                Optional<CancelReason> reason = dialogs.askForCancelReason(Texts.get("book.cancel.title"),
                        Texts.get("book.cancel.question", customer, service, at));
                yield reason.<Runnable>map(r -> () -> bookings.cancel(id, r)).orElse(null);
            }
        };
        if (step == null) {
            return;
        }
        tasks.execute(() -> {
            // Read-your-writes: the port returns once the book would show the new status.
            step.run();
            return id;
        }, done -> refresh(), failure -> {
            dialogs.showError(action.failureTitle(), Explanation.of(failure));
            refresh();
        });
    }

    /**
     * Reads what the booking's deposit form starts from in the background, then hands the form to {@code show}
     * (the view opens it) and reads the day again once it closes.
     */
    public void openDeposit(BookingBlock booking, Consumer<DepositViewModel> show) {
        tasks.execute(() -> deposits.depositFor(booking.bookingId()), start -> {
            show.accept(new DepositViewModel(deposits, tasks, start));
            refresh();
        }, failure -> dialogs.showError(BookingAction.TAKE_DEPOSIT.failureTitle(), Explanation.of(failure)));
    }

    /** The checkout screen of a checked-in booking; it loads itself. */
    public CheckoutViewModel checkout(BookingBlock booking) {
        BookDay shown = day.get();
        return new CheckoutViewModel(checkouts, tasks, dialogs, receiptFolder,
                shown == null ? clock.getZone() : shown.branch().zone(), booking.bookingId());
    }

    /** The form for a new booking on the shown day, optionally in a chosen stylist's empty slot. */
    public Optional<NewBookingViewModel> newBooking(String staffId, LocalTime start) {
        BookDay shown = day.get();
        if (shown == null) {
            return Optional.empty();
        }
        return Optional.of(new NewBookingViewModel(bookings, customers, tasks, shown.branch(), shown.date(), shown.services(),
                shown.team(), staffId, start));
    }

    /** The edit dialog's form for a booking on the shown day. */
    public Optional<EditBookingViewModel> edit(BookingBlock booking) {
        BookDay shown = day.get();
        return shown == null ? Optional.empty()
                : Optional.of(new EditBookingViewModel(bookings, tasks, booking, shown.date(), shown.services()));
    }

    /** Whether a booking can be edited: it still holds its time and is to come or under way. */
    public boolean canEdit(BookingBlock booking) {
        return booking.holdsTime() && !booking.status().isOver();
    }

    /**
     * The new-booking form for a walk-in: today, and once a service is chosen, the first slot from now at which
     * anyone who does it is free (the live availability's answer), which the form then books for the customer
     * chosen or added in it.
     */
    public Optional<NewBookingViewModel> walkIn() {
        BookDay shown = day.get();
        if (shown == null) {
            return Optional.empty();
        }
        BranchView at = shown.branch();
        LocalDate today = LocalDate.now(clock.withZone(at.zone()));
        var form = new NewBookingViewModel(bookings, customers, tasks, at, today, shown.services(), shown.team(), null,
                null);
        form.serviceProperty().addListener((obs, old, service) -> {
            if (service == null) {
                return;
            }
            tasks.execute(() -> freeTime.firstFree(at.branchId(), service.serviceId(), clock.instant()), found -> {
                if (found.isEmpty()) {
                    dialogs.showError(Texts.get("book.walkIn.title"),
                            Texts.get("book.walkIn.none", service.name()));
                    return;
                }
                if (service.equals(form.serviceProperty().get())) {
                    FreeTime.FreeSlot slot = found.get();
                    form.dateProperty().set(slot.start().toLocalDate());
                    form.staffChoices().stream().filter(s -> s.staffId().equals(slot.staffId())).findFirst()
                            .ifPresent(form.staffProperty()::set);
                    form.startTextProperty().set(ClockTime.format(slot.start().toLocalTime()));
                }
            }, failure -> dialogs.showError(Texts.get("book.walkIn.title"), Explanation.of(failure)));
        });
        return Optional.of(form);
    }

    private LocalDate currentDate() {
        return date.get() == null ? LocalDate.now(clock) : date.get();
    }

    private void failedToLoad(Exception failure) {
        loading.set(false);
        status.set(Texts.get("book.unreadable", Explanation.of(failure)));
    }

    private static String describe(BookDay day) {
        if (day.closed()) {
            return Texts.get("book.closedOnWeekday", Formats.everyWeekday(day.date().getDayOfWeek()));
        }
        long count = day.columns().stream().mapToLong(c -> c.bookings().stream().filter(BookingBlock::holdsTime)
                .count()).sum();
        return Texts.get("book.daySummary", Formats.ranges(day.openingHours()), day.columns().size(), count);
    }

    // the Day|Week toggle and the day sheet (issue 12, week)

    private final ObjectProperty<BookMode> view = new SimpleObjectProperty<>(this, "view", BookMode.DAY);

    /** Whether the book shows one day or the week around it; the toolbar's Day|Week toggle switches it. */
    public ObjectProperty<BookMode> viewProperty() {
        return view;
    }

    /** Shows {@code day} in the day view (a day of the week view was double-clicked). */
    public void openDay(LocalDate day) {
        date.set(day);
        view.set(BookMode.DAY);
    }

    /** The day sheet of the shown branch and day, to print or save as PDF (into the data folder's day-sheets). */
    public Optional<DaySheetViewModel> daySheet() {
        BranchView shown = branch.get();
        LocalDate shownDate = date.get();
        if (shown == null || shownDate == null) {
            return Optional.empty();
        }
        // The receipts folder is in the data folder; day sheets go beside it.
        return Optional.of(new DaySheetViewModel(days, tasks, clock, shown, shownDate,
                receiptFolder.resolveSibling("day-sheets")));
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

    /** Why the last drop was refused, where it was dropped; null when there is nothing to say. */
    public ReadOnlyObjectProperty<DropRefusal> refusalProperty() {
        return refusal;
    }

    /** The move Undo takes back; null when there is none. */
    public ReadOnlyObjectProperty<MoveUndo> undoProperty() {
        return undo;
    }

    /** Whether a move or its undo is being recorded. */
    public BooleanProperty movingProperty() {
        return moving;
    }

    /** What this desk remembered when the book opened; null until then. */
    public ReadOnlyObjectProperty<BookSettings.Remembered> restoredProperty() {
        return restored.getReadOnlyProperty();
    }

    /** Whether the blocks are coloured by status or by stylist. */
    public ObjectProperty<BlockColours> coloursProperty() {
        return colours;
    }
}
