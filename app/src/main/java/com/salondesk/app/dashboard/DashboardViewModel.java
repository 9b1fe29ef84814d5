package com.salondesk.app.dashboard;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.BranchView;
import com.salondesk.app.port.BusinessFigures;
import com.salondesk.app.port.DashboardFigures;
import com.salondesk.app.port.DayFigures;
import com.salondesk.app.port.DeskChanges;
import com.salondesk.app.port.StylistMinutes;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.app.view.Prices;
import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard: today's bookings, revenue taken and expected, no-shows, cancellations, the rebooking rate, low stock
 * and dead letters as tiles; utilisation per stylist, revenue per day and bookings by status as chart data — for one
 * branch or the whole chain. Read off the FX thread; while it is shown it reads again after every change to the read
 * models, and a burst of changes during a read becomes one more read, not one per change.
 */
public final class DashboardViewModel {

    /** How many days the revenue chart and the rebooking rate look back over, today included. */
    public static final int DAYS = 14;

    private final BusinessFigures figures;
    private final Clock clock;
    private final TaskExecutor tasks;

    // properties
    private final ObservableList<BranchChoice> branches = FXCollections.observableArrayList();
    private final ObjectProperty<BranchChoice> branch = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<DashboardFigures> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper bookings = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper taken = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper expected = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noShows = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cancelled = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rebooking = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper lowStock = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper deadLetters = new ReadOnlyIntegerWrapper(0);
    private final ObservableList<ChartPoint> utilisation = FXCollections.observableArrayList();
    private final ObservableList<ChartSeries> takings = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> byStatus = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Texts.get("dashboard.reading"));
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(false);
    /** Each branch's zone, for what "today" is there; the chain's today is this desk's branch's. */
    private final Map<String, ZoneId> zones = new HashMap<>();
    private ZoneId homeZone;
    private boolean showing;
    private boolean readAgain;
    /** Counts reads, so a read for a branch no longer chosen never overwrites the newer one. */
    private long reads;

    public DashboardViewModel(BusinessFigures figures, Clock clock, TaskExecutor tasks, DeskChanges changes) {
        this.figures = figures;
        this.clock = clock;
        this.tasks = tasks;
        branch.addListener((obs, before, now) -> {
            if (now != null) {
                readAgain = false;
                read();
            }
        });
        changes.onChange(() -> {
            if (showing) {
                refresh();
            }
        });
    }

    // commands

    /** Loads the branches (the whole chain first) and shows this desk's own branch. */
    public void start() {
        tasks.execute(figures::branches, loaded -> {
            List<BranchChoice> choices = new ArrayList<>();
            BranchView home = loaded.stream().filter(b -> b.branchId().equals(figures.homeBranchId())).findFirst()
                    .orElse(loaded.isEmpty() ? null : loaded.getFirst());
            choices.add(new BranchChoice(null, Texts.get("dashboard.wholeChain"),
                    home == null ? "" : home.currency()));
            loaded.forEach(b -> choices.add(new BranchChoice(b.branchId(), b.name(), b.currency())));
            branches.setAll(choices);
            zones.clear();
            loaded.forEach(b -> zones.put(b.branchId(), b.zone()));
            homeZone = home == null ? clock.getZone() : home.zone();
            if (branch.get() == null) {
                branch.set(choices.stream().filter(c -> home != null && home.branchId().equals(c.branchId()))
                        .findFirst().orElse(choices.getFirst()));
            }
        }, failure -> status.set(Texts.get("dashboard.failed", Explanation.of(failure))));
    }

    /** Whether the dashboard is on screen: only then does a change to the read models read the figures again. */
    public void setShowing(boolean showing) {
        boolean appears = showing && !this.showing;
        this.showing = showing;
        if (appears) {
            refresh();
        }
    }

    /** Reads the figures again; asked during a read, it reads once more when that one ends. */
    public void refresh() {
        if (reading.get()) {
            readAgain = true;
            return;
        }
        read();
    }

    private void read() {
        BranchChoice chosen = branch.get();
        if (chosen == null) {
            return;
        }
        ZoneId zone = chosen.isWholeChain() ? (homeZone == null ? clock.getZone() : homeZone)
                : zones.getOrDefault(chosen.branchId(), clock.getZone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        long read = ++reads;
        reading.set(true);
        tasks.execute(() -> figures.read(chosen.branchId(), today, DAYS), loaded -> {
            if (read == reads) {
                show(loaded, chosen);
                status.set(Texts.get("dashboard.updated",
                        Formats.time(LocalTime.now(clock.withZone(zone)).withNano(0))));
            }
            afterRead();
        }, failure -> {
            if (read == reads) {
                status.set(Texts.get("dashboard.failed", Explanation.of(failure)));
            }
            afterRead();
        });
    }

    private void afterRead() {
        reading.set(false);
        if (readAgain) {
            readAgain = false;
            read();
        }
    }

    private void show(DashboardFigures loaded, BranchChoice chosen) {
        shown.set(loaded);
        DayFigures today = loaded.todays();
        bookings.set(Formats.count(today.standing()));
        taken.set(amounts(today.taken(), chosen.currency()));
        expected.set(amounts(today.expected(), chosen.currency()));
        noShows.set(Formats.count(today.count(BookingStatus.NO_SHOW)));
        cancelled.set(Formats.count(today.count(BookingStatus.CANCELLED)));
        rebooking.set(loaded.visited() == 0 ? Texts.get("dashboard.none")
                : Texts.get("dashboard.rebooking.value", percent(loaded.rebooked(), loaded.visited()),
                        loaded.rebooked(), loaded.visited()));
        lowStock.set(loaded.lowStock());
        deadLetters.set(loaded.deadLetters());
        utilisation.setAll(loaded.stylists().stream().map(DashboardViewModel::use).toList());
        takings.setAll(takings(loaded.days(), chosen.currency()));
        List<ChartPoint> statuses = new ArrayList<>();
        for (BookingStatus s : BookingStatus.values()) {
            statuses.add(new ChartPoint(Texts.get("dashboard.status." + s.name()), today.count(s)));
        }
        byStatus.setAll(statuses);
    }

    /** Booked minutes as a whole percent of working minutes; booked on a day off counts as fully booked. */
    private static ChartPoint use(StylistMinutes s) {
        int value = s.workingMinutes() == 0 ? (s.bookedMinutes() == 0 ? 0 : 100)
                : percent(s.bookedMinutes(), s.workingMinutes());
        return new ChartPoint(s.name(), value);
    }

    /** {@code part} of {@code whole} in whole percent, halves rounded up. */
    static int percent(int part, int whole) {
        return (int) ((part * 200L + whole) / (2L * whole));
    }

    /** One series per currency taken over the days (the scope's own when nothing was taken), a point per day. */
    private static List<ChartSeries> takings(List<DayFigures> days, String currency) {
        Map<String, List<ChartPoint>> series = new TreeMap<>();
        days.forEach(d -> d.taken().forEach(m -> series.putIfAbsent(m.currency(), new ArrayList<>())));
        if (series.isEmpty() && !currency.isEmpty()) {
            series.put(currency, new ArrayList<>());
        }
        DateTimeFormatter label = DateTimeFormatter.ofPattern("d MMM", Texts.locale());
        for (DayFigures day : days) {
            for (var entry : series.entrySet()) {
                BigDecimal amount = day.taken().stream().filter(m -> m.currency().equals(entry.getKey()))
                        .map(Money::amount).findFirst().orElse(BigDecimal.ZERO);
                entry.getValue().add(new ChartPoint(label.format(day.date()), amount));
            }
        }
        return series.entrySet().stream().map(e -> new ChartSeries(e.getKey(), e.getValue())).toList();
    }

    /** Amounts one per currency, joined; nothing is a zero in the scope's currency. */
    private static String amounts(List<Money> amounts, String currency) {
        if (amounts.isEmpty()) {
            return currency.isEmpty() ? Formats.count(0) : Prices.say(new Money(BigDecimal.ZERO, currency));
        }
        return amounts.stream().map(Prices::say).collect(Collectors.joining(" · "));
    }

    // property accessors

    public ObservableList<BranchChoice> branches() {
        return branches;
    }

    public ObjectProperty<BranchChoice> branchProperty() {
        return branch;
    }

    /** The figures shown now; null before the first read. */
    public ReadOnlyObjectProperty<DashboardFigures> figuresProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bookingsProperty() {
        return bookings.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty takenProperty() {
        return taken.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty expectedProperty() {
        return expected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noShowsProperty() {
        return noShows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cancelledProperty() {
        return cancelled.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rebookingProperty() {
        return rebooking.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty lowStockProperty() {
        return lowStock.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty deadLettersProperty() {
        return deadLetters.getReadOnlyProperty();
    }

    /** Utilisation per stylist today, in whole percent, by name. */
    public ObservableList<ChartPoint> utilisation() {
        return utilisation;
    }

    /** Revenue taken per day over the last {@value #DAYS} days, one series per currency. */
    public ObservableList<ChartSeries> takings() {
        return takings;
    }

    /** Today's bookings by status, in the order of a booking's life. */
    public ObservableList<ChartPoint> byStatus() {
        return byStatus;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }
}
