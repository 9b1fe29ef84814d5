package com.salondesk.app.availability;

import com.salondesk.app.language.Texts;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads the Salon screens' typed fields (times like 09:30, whole numbers), saying beside the field what is wrong. */
final class FieldReading {

    private FieldReading() {
    }

    /** A time of day typed as hours and minutes; empty (with the error set) when it is not one. */
    static Optional<LocalTime> time(String text, Consumer<String> error) {
        String t = text == null ? "" : text.strip();
        try {
            return Optional.of(LocalTime.parse(t.length() == 4 ? "0" + t : t));
        } catch (DateTimeParseException e) {
            error.accept(Texts.get("salon.error.time", t));
            return Optional.empty();
        }
    }

    /** A whole number from {@code min} to {@code max}; empty (with the error set) otherwise. */
    static Optional<Integer> number(String text, int min, int max, Consumer<String> error) {
        String t = text == null ? "" : text.strip();
        try {
            int value = Integer.parseInt(t);
            if (value >= min && value <= max) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        error.accept(Texts.get("salon.error.number", min, max));
        return Optional.empty();
    }

    /** Whether the text says something. */
    static boolean filled(String text) {
        return text != null && !text.isBlank();
    }
}
