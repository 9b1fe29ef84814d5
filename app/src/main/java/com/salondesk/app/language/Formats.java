package com.salondesk.app.language;

import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.TimeTexts;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** Dates, times, weekdays and numbers as the desk's locale writes them (money: {@code view.Prices}). */
public final class Formats {

    private Formats() {
    }

    /** "Tuesday, 1 December 2026" / "Dienstag, 1. Dezember 2026": the day a page of the book shows. */
    public static String fullDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Texts.locale()).format(date);
    }

    /** "09:30" (or "9:30 AM" where the locale says so); midnight at the end of a day is "24:00". */
    public static String time(LocalTime time) {
        return TimeTexts.time(time, Texts.locale());
    }

    /** "09:00–18:00" (or "9:00 AM–6:00 PM"), as the domain's refusals write it too. */
    public static String range(TimeRange range) {
        return TimeTexts.range(range, Texts.locale());
    }

    /** Several ranges joined the locale's way: "09:00–12:00 and 13:00–18:00". */
    public static String ranges(List<TimeRange> ranges) {
        List<String> each = ranges.stream().map(Formats::range).toList();
        if (each.size() <= 1) {
            return String.join("", each);
        }
        return Texts.get("format.list.last", String.join(Texts.get("format.list.separator"),
                each.subList(0, each.size() - 1)), each.getLast());
    }

    /** "3 Dec 2026, 14:05:09": an instant in a zone, to the second, for support screens. */
    public static String instant(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Texts.locale())
                .format(instant.atZone(zone));
    }

    /** "Tuesdays" / "dienstags": what happens every such day ("closed on Tuesdays"). */
    public static String everyWeekday(DayOfWeek day) {
        return Texts.get("format.every." + day.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** A whole number with the locale's grouping: "12,345" / "12.345". */
    public static String count(long number) {
        return NumberFormat.getIntegerInstance(Texts.locale()).format(number);
    }
}
