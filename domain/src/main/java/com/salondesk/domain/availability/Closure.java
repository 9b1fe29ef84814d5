package com.salondesk.domain.availability;

import com.salondesk.domain.shared.TimeRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A day, or part of a day, on which the branch is closed although its opening hours say otherwise: a bank holiday,
 * a staff training morning. {@code hours} empty means the whole day.
 */
public record Closure(LocalDate date, Optional<TimeRange> hours, String reason) {

    public Closure {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(reason, "reason");
    }

    public static Closure wholeDay(LocalDate date, String reason) {
        return new Closure(date, Optional.empty(), reason);
    }

    public static Closure part(LocalDate date, TimeRange hours, String reason) {
        return new Closure(date, Optional.of(hours), reason);
    }

    /** Every day from {@code first} to {@code last}, both included (the Christmas week). */
    public static List<Closure> days(LocalDate first, LocalDate last, String reason) {
        return first.datesUntil(last.plusDays(1)).map(d -> wholeDay(d, reason)).toList();
    }
}
