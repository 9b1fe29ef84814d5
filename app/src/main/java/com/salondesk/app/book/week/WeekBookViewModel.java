package com.salondesk.app.book.week;

import com.salondesk.app.book.AppointmentBookViewModel;
import com.salondesk.app.book.BookMode;
import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.BookingWorkflows;
import com.salondesk.app.port.BranchView;
import com.salondesk.app.port.DayReading;
import com.salondesk.app.port.DeskChanges;
import com.salondesk.app.port.StaffView;
import com.salondesk.app.task.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The book's week: which branch and week, optionally one stylist, and what the week holds, read again whenever
 * the read models move on while the week is showing.
 */
public final class WeekBookViewModel {

    private final DayReading days;
    private final BookingWorkflows workflows;
    private final Clock clock;
    private final TaskExecutor tasks;

    // properties
    private final ObjectProperty<BranchView> branch = new SimpleObjectProperty<>();
    /** Any day of the shown week; the week runs from its Monday. */
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    /** The one stylist shown, or null for everyone on duty. */
    private final ObjectProperty<StaffView> staffFilter = new SimpleObjectProperty<>();
    private final ObservableList<StaffView> team = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<BookWeek> week = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDateTime> now = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    /** Only a week on screen is read; a hidden one is read again when it shows. */
    private final BooleanProperty showing = new SimpleBooleanProperty(true);
    private Consumer<LocalDate> openDay = d -> { };
    /** The week as read, for every stylist; {@link #week} is it through the staff filter. */
    private BookWeek loaded;
    /** Counts loads, so that an older, slower load never overwrites a newer one. */
    private long loads;

    public WeekBookViewModel(DayReading days, BookingWorkflows workflows, Clock clock, TaskExecutor tasks,
                             DeskChanges changes) {
        this.days = days;
        this.workflows = workflows;
        this.clock = clock;
        this.tasks = tasks;
        branch.addListener((obs, old, now) -> {
            staffFilter.set(null);
            refresh();
        });
        date.addListener((obs, old, now) -> {
            if (old == null || now == null || !BookWeek.mondayOf(old).equals(BookWeek.mondayOf(now))) {
                refresh();
            }
        });
        staffFilter.addListener((obs, old, now) -> showFiltered());
        showing.addListener((obs, old, now) -> {
            if (now) {
                refresh();
            }
        });
        changes.onChange(this::refresh);
    }

    /**
     * Shows the week of {@code book}'s branch and day while the book is in its week mode, and turns the book to a
     * day when one is double-clicked. Paging the week pages the book's day by a week, so both stay on one date.
     */
    public void follow(AppointmentBookViewModel book) {
        branch.bind(book.branchProperty());
        date.bindBidirectional(book.dateProperty());
        showing.bind(book.viewProperty().isEqualTo(BookMode.WEEK));
        openDay = book::openDay;
    }

    // commands

    public void showWeekOf(LocalDate day) {
        date.set(day);
    }

    public void nextWeek() {
        date.set(currentDate().plusWeeks(1));
    }

    public void previousWeek() {
        date.set(currentDate().minusWeeks(1));
    }

    /** The week of today, in the branch's time zone. */
    public void thisWeek() {
        BranchView shown = branch.get();
        date.set(LocalDate.now(shown == null ? clock : clock.withZone(shown.zone())));
    }

    /** Shows one day of the week in the book's day view. */
    public void openDay(LocalDate day) {
        openDay.accept(day);
    }

    /** Reads the shown week again (after a change on this desk or from elsewhere), if it is showing. */
    public void refresh() {
        BranchView shown = branch.get();
        LocalDate shownDate = date.get();
        if (shown == null || shownDate == null || !showing.get()) {
            return;
        }
        long load = ++loads;
        loading.set(true);
        tasks.execute(() -> BookWeek.load(days, workflows, shown, shownDate), read -> {
            if (load != loads) {
                return;
            }
            loaded = read;
            if (!team.equals(read.team())) {
                StaffView chosen = staffFilter.get();
                team.setAll(read.team());
                staffFilter.set(chosen == null ? null : read.team().stream()
                        .filter(s -> s.staffId().equals(chosen.staffId())).findFirst().orElse(null));
            }
            showFiltered();
            title.set(Texts.get("week.title", shown.name(), Formats.fullDate(read.monday()),
                    Formats.fullDate(read.sunday())));
            loading.set(false);
        }, failure -> {
            loading.set(false);
            status.set(Texts.get("book.unreadable", Explanation.of(failure)));
        });
    }

    /** Moves the "now" mark; it shows only on today, when today is in the shown week. */
    public void tick() {
        BookWeek shown = week.get();
        if (shown == null) {
            now.set(null);
            return;
        }
        LocalDateTime branchNow = LocalDateTime.now(clock.withZone(shown.branch().zone())).withSecond(0).withNano(0);
        LocalDate today = branchNow.toLocalDate();
        now.set(today.isBefore(shown.monday()) || today.isAfter(shown.sunday()) ? null : branchNow);
    }

    private void showFiltered() {
        if (loaded == null) {
            return;
        }
        StaffView only = staffFilter.get();
        BookWeek shown = only == null ? loaded : loaded.only(only.staffId());
        week.set(shown);
        tick();
        long appointments = shown.days().stream().mapToLong(WeekDay::appointments).sum();
        status.set(only == null ? Texts.get("week.summary", appointments)
                : Texts.get("week.summaryOfStylist", only.name(), appointments));
    }

    private LocalDate currentDate() {
        return date.get() == null ? LocalDate.now(clock) : date.get();
    }

    // property accessors

    public ObjectProperty<BranchView> branchProperty() {
        return branch;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<StaffView> staffFilterProperty() {
        return staffFilter;
    }

    /** The branch's team, for the staff filter. */
    public ObservableList<StaffView> team() {
        return team;
    }

    public ReadOnlyObjectProperty<BookWeek> weekProperty() {
        return week.getReadOnlyProperty();
    }

    /** The branch's date and time now, while today is in the shown week; null otherwise. */
    public ReadOnlyObjectProperty<LocalDateTime> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public BooleanProperty showingProperty() {
        return showing;
    }
}
