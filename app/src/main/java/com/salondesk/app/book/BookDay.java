package com.salondesk.app.book;

import com.salondesk.app.port.BookingView;
import com.salondesk.app.port.BookingWorkflows;
import com.salondesk.app.port.BranchView;
import com.salondesk.app.port.DayReading;
import com.salondesk.app.port.FreeTime;
import com.salondesk.app.port.ServiceView;
import com.salondesk.app.port.StaffView;
import com.salondesk.domain.schedule.Availability;
import com.salondesk.domain.shared.TimeRange;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One branch's day in the appointment book: its opening hours, a column for each staff member on duty (or
 * with appointments), the span of the time grid, and the menu and team the new-booking dialog offers.
 */
public record BookDay(BranchView branch, LocalDate date, List<TimeRange> openingHours, TimeRange grid,
                      List<StaffColumn> columns, List<StaffView> team, List<ServiceView> services) {

    private static final TimeRange DEFAULT_GRID = TimeRange.of("09:00", "18:00");

    public BookDay {
        openingHours = List.copyOf(openingHours);
        columns = List.copyOf(columns);
        team = List.copyOf(team);
        services = List.copyOf(services);
    }

    /**
     * Reads the day from the read models, which of its bookings wait for a deposit, and each stylist's free, processing
     * and blocked time from the live availability. Runs off the FX thread.
     */
    public static BookDay load(DayReading queries, BookingWorkflows workflows, FreeTime freeTime, BranchView branch,
                               LocalDate date) {
        List<BookingView> booked = queries.bookingsOn(branch.branchId(), date, branch.zone());
        Set<String> awaitingDeposit = workflows.awaitingDeposit(booked.stream().map(BookingView::bookingId).toList());
        Map<String, List<BookingBlock>> byStaff = booked.stream()
                .map((BookingView b) -> BookingBlock.of(b, branch.zone(), awaitingDeposit.contains(b.bookingId())))
                .collect(Collectors.groupingBy(BookingBlock::staffId));
        List<StaffView> team = queries.staffOf(branch.branchId());
        List<StaffColumn> columns = new ArrayList<>();
        for (StaffView member : team) {
            List<TimeRange> windows = Availability.workingWindows(branch.openingHours(), member.workingHours(), date);
            List<BookingBlock> bookings = byStaff.getOrDefault(member.staffId(), List.of());
            // Someone off duty still gets a column when they have appointments, so none is ever hidden.
            if (!windows.isEmpty() || !bookings.isEmpty()) {
                columns.add(new StaffColumn(member, windows, bookings,
                        freeTime.dayPicture(branch.branchId(), member.staffId(), date)));
            }
        }
        return new BookDay(branch, date, branch.openingHours().on(date), gridOf(branch), columns, team,
                queries.services());
    }

    public boolean closed() {
        return openingHours.isEmpty();
    }

    /** The same span every day of the week, from the earliest opening to the latest closing, in whole hours. */
    public static TimeRange gridOf(BranchView branch) {
        LocalTime first = null;
        LocalTime last = null;
        for (List<TimeRange> day : branch.openingHours().days().values()) {
            for (TimeRange range : day) {
                first = first == null || range.start().isBefore(first) ? range.start() : first;
                last = last == null || range.end().isAfter(last) ? range.end() : last;
            }
        }
        if (first == null) {
            return DEFAULT_GRID;
        }
        LocalTime start = first.withMinute(0);
        LocalTime end = last.getMinute() == 0 || last.getHour() == 23 ? last : last.withMinute(0).plusHours(1);
        return new TimeRange(start, end);
    }
}
