package com.salondesk.domain.availability;

import java.time.LocalDateTime;
import java.util.Objects;

/** Time a stylist is away in the branch's local time (a holiday, a doctor's appointment); it may span days. */
public record TimeOff(LocalDateTime start, LocalDateTime end, String reason) {

    public TimeOff {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(reason, "reason");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("time off must end after it starts: " + start + " – " + end);
        }
    }
}
