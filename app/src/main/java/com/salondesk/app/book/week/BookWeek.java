package com.salondesk.app.book.week;

import com.salondesk.app.book.BookDay;
import com.salondesk.app.book.BookingBlock;
import com.salondesk.app.port.BookingView;
import com.salondesk.app.port.BookingWorkflows;
import com.salondesk.app.port.BranchView;
import com.salondesk.app.port.DayReading;
import com.salondesk.app.port.StaffView;
import com.salondesk.domain.schedule.Availability;
import com.salondesk.domain.shared.TimeRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One branch's week in the book, Monday first: seven days, each with a column per stylist on duty (or with
 * bookings), on one time grid (the same span as the day view's), and the team the staff filter offers.
 */
public record BookWeek(BranchView branch, LocalDate monday, TimeRange grid, List<WeekDay> days, List<StaffView> team) {

    public BookWeek {
        days = List.copyOf(days);
        team = List.copyOf(team);
    }

    /** The Monday of the week {@code date} falls in. */
    public static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Reads the week from the read models in one query for its bookings and one for the deposits they wait for.
     * Runs off the FX thread.
     */
    public static BookWeek load(DayReading queries, BookingWorkflows workflows, BranchView branch, LocalDate anyDay) {
        LocalDate monday = mondayOf(anyDay);
        List<BookingView> booked = queries.bookingsBetween(branch.branchId(), monday, monday.plusDays(7),
                branch.zone());
        Set<String> awaitingDeposit = workflows.awaitingDeposit(booked.stream().map(BookingView::bookingId).toList());
        Map<LocalDate, Map<String, List<BookingBlock>>> byDayAndStaff = new HashMap<>();
        for (BookingView b : booked) {
            BookingBlock block = BookingBlock.of(b, branch.zone(), awaitingDeposit.contains(b.bookingId()));
            byDayAndStaff.computeIfAbsent(b.start().atZone(branch.zone()).toLocalDate(), d -> new HashMap<>())
                    .computeIfAbsent(block.staffId(), s -> new ArrayList<>()).add(block);
        }
        List<StaffView> team = queries.staffOf(branch.branchId());
        List<WeekDay> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            Map<String, List<BookingBlock>> byStaff = byDayAndStaff.getOrDefault(date, Map.of());
            List<WeekColumn> columns = new ArrayList<>();
            for (StaffView member : team) {
                List<TimeRange> windows = Availability.workingWindows(branch.openingHours(), member.workingHours(), date);
                List<BookingBlock> bookings = byStaff.getOrDefault(member.staffId(), List.of());
                // As in the day view: someone off duty with appointments still gets a column, so none is hidden.
                if (!windows.isEmpty() || !bookings.isEmpty()) {
                    columns.add(new WeekColumn(member, windows, bookings));
                }
            }
            days.add(new WeekDay(date, branch.openingHours().on(date), columns));
        }
        return new BookWeek(branch, monday, BookDay.gridOf(branch), days, team);
    }

    /** The same week with one stylist's column on each day (an empty one where they are off), for the staff filter. */
    public BookWeek only(String staffId) {
        StaffView member = team.stream().filter(s -> s.staffId().equals(staffId)).findFirst().orElse(null);
        if (member == null) {
            return this;
        }
        List<WeekDay> filtered = days.stream().map(day -> new WeekDay(day.date(), day.openingHours(),
                day.columns().stream().filter(c -> c.staffId().equals(staffId)).findFirst()
                        .map(List::of).orElse(day.closed() ? List.of() : List.of(new WeekColumn(member, List.of(),
                                List.of()))))).toList();
        return new BookWeek(branch, monday, grid, filtered, team);
    }

    /** The last day of the week, Sunday. */
    public LocalDate sunday() {
        return monday.plusDays(6);
    }
}
