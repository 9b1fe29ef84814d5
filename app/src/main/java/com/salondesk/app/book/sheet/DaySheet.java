package com.salondesk.app.book.sheet;

import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.BookingView;
import com.salondesk.app.port.BranchView;
import com.salondesk.app.port.CustomerView;
import com.salondesk.app.port.DayReading;
import com.salondesk.app.port.StaffView;
import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.schedule.Availability;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One branch's day on paper: per stylist on duty (or with bookings), each booking's time, customer with phone,
 * service, status and notes, under the branch's name, the date and when the sheet was made.
 */
public record DaySheet(String branchName, LocalDate date, Instant printedAt, ZoneId zone,
                       List<Stylist> stylists) {

    /** What a line of the sheet is, so paper and PDF can set headings apart. */
    public enum Kind { TITLE, SUBTITLE, STYLIST, BOOKING, NOTE, EMPTY }

    /** One line of the sheet. */
    public record Line(Kind kind, String text) {
    }

    /** A stylist's part of the day. */
    public record Stylist(String name, List<Entry> bookings) {
        public Stylist {
            bookings = List.copyOf(bookings);
        }
    }

    /** One booking as the sheet prints it; {@code phone} and {@code notes} may be empty. */
    public record Entry(LocalTime start, LocalTime end, String customer, String phone, String service,
                        BookingStatus status, String notes) {
    }

    public DaySheet {
        stylists = List.copyOf(stylists);
    }

    /** Reads the day: its bookings in one query, their customers' phones and notes in another. Off the FX thread. */
    public static DaySheet read(DayReading days, BranchView branch, LocalDate date, Instant now) {
        List<BookingView> booked = days.bookingsOn(branch.branchId(), date, branch.zone());
        Map<String, CustomerView> customers = days.customersOf(booked.stream().map(BookingView::customerId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(CustomerView::customerId,
                Function.identity()));
        Map<String, List<BookingView>> byStaff = booked.stream().collect(Collectors.groupingBy(BookingView::staffId));
        List<Stylist> stylists = new ArrayList<>();
        for (StaffView member : days.staffOf(branch.branchId())) {
            List<BookingView> theirs = byStaff.getOrDefault(member.staffId(), List.of());
            boolean onDuty = !Availability.workingWindows(branch.openingHours(), member.workingHours(), date).isEmpty();
            if (!onDuty && theirs.isEmpty()) {
                continue;
            }
            stylists.add(new Stylist(member.name(), theirs.stream().map(b -> {
                CustomerView customer = customers.get(b.customerId());
                return new Entry(b.start().atZone(branch.zone()).toLocalTime(), b.end().atZone(branch.zone()).toLocalTime(),
                        b.customerName(), customer == null ? "" : customer.phone(), b.serviceName(), b.status(),
                        customer == null || customer.notes() == null ? "" : customer.notes().strip());
            }).toList()));
        }
        return new DaySheet(branch.name(), date, now, branch.zone(), stylists);
    }

    /** The sheet as lines, in the desk's language: the same words on paper, in the PDF and on screen. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(Kind.TITLE, Texts.get("sheet.heading", branchName)));
        lines.add(new Line(Kind.SUBTITLE, Formats.fullDate(date)));
        lines.add(new Line(Kind.SUBTITLE, Texts.get("sheet.printedAt", Formats.instant(printedAt, zone))));
        if (stylists.isEmpty()) {
            lines.add(new Line(Kind.EMPTY, Texts.get("sheet.nobody")));
        }
        for (Stylist stylist : stylists) {
            lines.add(new Line(Kind.STYLIST, stylist.name()));
            if (stylist.bookings().isEmpty()) {
                lines.add(new Line(Kind.EMPTY, Texts.get("sheet.noBookings")));
            }
            for (Entry entry : stylist.bookings()) {
                String customer = entry.phone().isBlank() ? entry.customer()
                        : Texts.get("sheet.customerWithPhone", entry.customer(), entry.phone());
                lines.add(new Line(Kind.BOOKING, Texts.get("sheet.booking", Formats.time(entry.start()),
                        Formats.time(entry.end()), customer, entry.service(), statusText(entry.status()))));
                if (!entry.notes().isEmpty()) {
                    lines.add(new Line(Kind.NOTE, Texts.get("sheet.notes", entry.notes())));
                }
            }
        }
        return lines;
    }

    /** The status as the book's blocks say it ({@code booking.status.checkedIn} and so on). */
    private static String statusText(BookingStatus status) {
        String[] words = status.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder("booking.status.").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return Texts.get(key.toString());
    }
}
