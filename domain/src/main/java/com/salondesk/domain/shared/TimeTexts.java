package com.salondesk.domain.shared;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How a time of day and a {@link TimeRange} read in a locale ("09:30", "9:30 AM"), written once for the
 * domain's refusals and the desk's screens alike, so a refusal names a time the way the book shows it.
 */
public final class TimeTexts {

    private TimeTexts() {
    }

    /** "09:30" (or "9:30 AM" where the locale says so); midnight at the end of a day is "24:00". */
    public static String time(LocalTime time, Locale locale) {
        // The book draws a day's last slot up to LocalTime.MAX; "11:59 PM" would misstate that it runs to midnight.
        if (time.equals(LocalTime.MAX)) {
            return "24:00";
        }
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    /** "09:00–18:00" / "9:00 AM–6:00 PM". */
    public static String range(TimeRange range, Locale locale) {
        return time(range.start(), locale) + "–" + time(range.end(), locale);
    }
}
