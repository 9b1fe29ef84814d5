package com.salondesk.app.newbooking;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the times people type at a desk: "9:30", "09:30", "930" or "0930". */
public final class ClockTime {

    private static final DateTimeFormatter H_MM = DateTimeFormatter.ofPattern("H:mm");

    private ClockTime() {
    }

    public static Optional<LocalTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace('.', ':');
        if (t.matches("\\d{3,4}")) {
            t = t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2);
        }
        try {
            return Optional.of(LocalTime.parse(t, H_MM));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static String format(LocalTime time) {
        return time.toString();
    }
}
