package com.salondesk.app.availability;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.AvailabilityRules;
import com.salondesk.app.port.AvailabilityRules.ShiftLine;
import com.salondesk.app.port.AvailabilityRules.StylistRules;
import com.salondesk.app.port.AvailabilityRules.TimeOffLine;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Salon ▸ Stylist breaks, shifts and time off: for the stylist chosen, the breaks per weekday, one-off shifts (hours
 * on a date instead of the weekly ones; none is a day off) and time off with a reason. Each form checks its fields
 * first and writes nothing when one is wrong; a rule the stylist's record refuses is told beside its field.
 */
public final class StylistRulesViewModel {

    /** One break of the week. */
    public record BreakLine(DayOfWeek day, TimeRange hours) {
    }

    private final AvailabilityRules rules;
    private final TaskExecutor tasks;

    // properties
    private final ObservableList<StylistRules> stylists = FXCollections.observableArrayList();
    private final ObjectProperty<StylistRules> stylist = new SimpleObjectProperty<>();
    private final ObservableList<BreakLine> breaks = FXCollections.observableArrayList();
    private final ObservableList<ShiftLine> shifts = FXCollections.observableArrayList();
    private final ObservableList<TimeOffLine> timeOff = FXCollections.observableArrayList();
    private final ObjectProperty<DayOfWeek> breakDay = new SimpleObjectProperty<>(DayOfWeek.MONDAY);
    private final StringProperty breakFrom = new SimpleStringProperty("");
    private final StringProperty breakTo = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper breakError = new ReadOnlyStringWrapper("");
    private final ObjectProperty<LocalDate> shiftDate = new SimpleObjectProperty<>();
    private final StringProperty shiftFrom = new SimpleStringProperty("");
    private final StringProperty shiftTo = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper shiftError = new ReadOnlyStringWrapper("");
    private final ObjectProperty<LocalDate> offFromDate = new SimpleObjectProperty<>();
    private final StringProperty offFromTime = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> offToDate = new SimpleObjectProperty<>();
    private final StringProperty offToTime = new SimpleStringProperty("");
    private final StringProperty offReason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper timeOffError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public StylistRulesViewModel(AvailabilityRules rules, TaskExecutor tasks) {
        this.rules = rules;
        this.tasks = tasks;
        stylist.subscribe(this::showStylist);
    }

    // commands

    public void refresh() {
        tasks.execute(rules::stylists, this::show, failure -> message.set(Explanation.of(failure)));
    }

    private void show(List<StylistRules> read) {
        String chosen = stylist.get() == null ? null : stylist.get().staffId();
        stylists.setAll(read);
        stylist.set(read.stream().filter(s -> s.staffId().equals(chosen)).findFirst()
                .orElse(read.isEmpty() ? null : read.getFirst()));
    }

    private void showStylist(StylistRules shown) {
        List<BreakLine> lines = new ArrayList<>();
        if (shown != null) {
            for (DayOfWeek day : DayOfWeek.values()) {
                shown.breaks().on(day).forEach(range -> lines.add(new BreakLine(day, range)));
            }
        }
        breaks.setAll(lines);
        shifts.setAll(shown == null ? List.of() : shown.shifts());
        timeOff.setAll(shown == null ? List.of() : shown.timeOff());
    }

    /** Adds a break on the chosen weekday; the week's other breaks stay. */
    public void addBreak() {
        clearErrors();
        StylistRules who = chosen(breakError);
        Optional<TimeRange> range = who == null ? Optional.empty() : range(breakFrom.get(), breakTo.get(), breakError);
        if (range.isEmpty() || breakDay.get() == null) {
            return;
        }
        List<BreakLine> next = new ArrayList<>(breaks);
        next.add(new BreakLine(breakDay.get(), range.get()));
        write(() -> rules.changeBreaks(who.staffId(), week(next)), breakError, () -> {
            breakFrom.set("");
            breakTo.set("");
        });
    }

    public void removeBreak(BreakLine line) {
        StylistRules who = stylist.get();
        if (who != null && line != null) {
            clearErrors();
            List<BreakLine> next = new ArrayList<>(breaks);
            next.remove(line);
            write(() -> rules.changeBreaks(who.staffId(), week(next)), breakError, () -> { });
        }
    }

    /** A shift on the chosen date: from–to, or both empty for a day off. */
    public void addShift() {
        clearErrors();
        StylistRules who = chosen(shiftError);
        LocalDate date = shiftDate.get();
        if (who == null) {
            return;
        }
        if (date == null) {
            shiftError.set(Texts.get("salon.error.date"));
            return;
        }
        boolean dayOff = !FieldReading.filled(shiftFrom.get()) && !FieldReading.filled(shiftTo.get());
        Optional<TimeRange> range = dayOff ? Optional.empty() : range(shiftFrom.get(), shiftTo.get(), shiftError);
        if (!dayOff && range.isEmpty()) {
            return;
        }
        write(() -> rules.addShift(who.staffId(), date, range.map(List::of).orElse(List.of())), shiftError, () -> {
            shiftFrom.set("");
            shiftTo.set("");
        });
    }

    public void removeShift(ShiftLine shift) {
        StylistRules who = stylist.get();
        if (who != null && shift != null) {
            clearErrors();
            write(() -> rules.removeShift(who.staffId(), shift.date()), shiftError, () -> { });
        }
    }

    /** Time off from the first date and time to the second, with a reason. */
    public void addTimeOff() {
        clearErrors();
        StylistRules who = chosen(timeOffError);
        if (who == null) {
            return;
        }
        if (offFromDate.get() == null || offToDate.get() == null) {
            timeOffError.set(Texts.get("salon.error.date"));
            return;
        }
        Optional<LocalTime> from = FieldReading.filled(offFromTime.get())
                ? FieldReading.time(offFromTime.get(), timeOffError::set) : Optional.of(LocalTime.MIDNIGHT);
        Optional<LocalTime> to = from.isEmpty() ? Optional.empty() : FieldReading.filled(offToTime.get())
                ? FieldReading.time(offToTime.get(), timeOffError::set) : Optional.of(LocalTime.MIDNIGHT);
        if (to.isEmpty()) {
            return;
        }
        // A date without a time is the whole of it: to the end of the last day.
        var start = offFromDate.get().atTime(from.get());
        var end = FieldReading.filled(offToTime.get()) ? offToDate.get().atTime(to.get())
                : offToDate.get().plusDays(1).atStartOfDay();
        write(() -> rules.addTimeOff(who.staffId(), start, end, offReason.get()), timeOffError, () -> {
            offFromTime.set("");
            offToTime.set("");
            offReason.set("");
        });
    }

    public void removeTimeOff(TimeOffLine line) {
        StylistRules who = stylist.get();
        if (who != null && line != null) {
            clearErrors();
            write(() -> rules.removeTimeOff(who.staffId(), line.timeOffId()), timeOffError, () -> { });
        }
    }

    private StylistRules chosen(ReadOnlyStringWrapper error) {
        if (stylist.get() == null) {
            error.set(Texts.get("salon.error.stylist"));
        }
        return stylist.get();
    }

    private static Optional<TimeRange> range(String fromText, String toText, ReadOnlyStringWrapper error) {
        Optional<LocalTime> from = FieldReading.time(fromText, error::set);
        Optional<LocalTime> to = from.isEmpty() ? Optional.empty() : FieldReading.time(toText, error::set);
        if (to.isEmpty()) {
            return Optional.empty();
        }
        if (!to.get().isAfter(from.get())) {
            error.set(Texts.get("salon.error.range", from.get(), to.get()));
            return Optional.empty();
        }
        return Optional.of(new TimeRange(from.get(), to.get()));
    }

    private static WeeklyHours week(List<BreakLine> lines) {
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        lines.forEach(l -> days.computeIfAbsent(l.day(), d -> new ArrayList<>()).add(l.hours()));
        return new WeeklyHours(days);
    }

    private interface Change {
        void run() throws Exception;
    }

    private void write(Change change, ReadOnlyStringWrapper error, Runnable done) {
        message.set("");
        Callable<List<StylistRules>> work = () -> {
            change.run();
            return rules.stylists();
        };
        tasks.execute(work, read -> {
            show(read);
            done.run();
            message.set(Texts.get("salon.saved"));
        }, failure -> {
            if (failure instanceof DomainRejection || failure instanceof IllegalArgumentException) {
                // A refused rule, or breaks that overlap (the week itself refuses them): beside the form.
                error.set(failure instanceof DomainRejection r ? Explanation.of(r)
                        : Texts.get("salon.error.overlap"));
            } else {
                message.set(Explanation.of(failure));
            }
        });
    }

    private void clearErrors() {
        breakError.set("");
        shiftError.set("");
        timeOffError.set("");
    }

    // properties

    public ObservableList<StylistRules> stylists() {
        return stylists;
    }

    public ObjectProperty<StylistRules> stylistProperty() {
        return stylist;
    }

    public ObservableList<BreakLine> breaks() {
        return breaks;
    }

    public ObservableList<ShiftLine> shifts() {
        return shifts;
    }

    public ObservableList<TimeOffLine> timeOff() {
        return timeOff;
    }

    public ObjectProperty<DayOfWeek> breakDayProperty() {
        return breakDay;
    }

    public StringProperty breakFromProperty() {
        return breakFrom;
    }

    public StringProperty breakToProperty() {
        return breakTo;
    }

    public ReadOnlyStringProperty breakErrorProperty() {
        return breakError.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> shiftDateProperty() {
        return shiftDate;
    }

    public StringProperty shiftFromProperty() {
        return shiftFrom;
    }

    public StringProperty shiftToProperty() {
        return shiftTo;
    }

    public ReadOnlyStringProperty shiftErrorProperty() {
        return shiftError.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> offFromDateProperty() {
        return offFromDate;
    }

    public StringProperty offFromTimeProperty() {
        return offFromTime;
    }

    public ObjectProperty<LocalDate> offToDateProperty() {
        return offToDate;
    }

    public StringProperty offToTimeProperty() {
        return offToTime;
    }

    public StringProperty offReasonProperty() {
        return offReason;
    }

    public ReadOnlyStringProperty timeOffErrorProperty() {
        return timeOffError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
