package com.salondesk.domain.availability;

import com.salondesk.domain.shared.TimeRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A one-off change of a stylist's hours on one date: these hours replace the weekly ones that day (an extra
 * Sunday, a late evening; no hours is a day off). The weekly breaks still apply.
 */
public record Shift(LocalDate date, List<TimeRange> hours) {

    public Shift {
        Objects.requireNonNull(date, "date");
        hours = List.copyOf(hours);
    }
}
