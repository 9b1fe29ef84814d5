package com.salondesk.domain.shared;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/** A half-open span of wall-clock time within one day, {@code [start, end)}. */
public record TimeRange(LocalTime start, LocalTime end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a time range must end after it starts: " + start + "–" + end);
        }
    }

    public static TimeRange of(String start, String end) {
        return new TimeRange(LocalTime.parse(start), LocalTime.parse(end));
    }

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(TimeRange other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    /** The part both ranges share, or null when they do not meet. */
    public TimeRange intersection(TimeRange other) {
        LocalTime s = start.isAfter(other.start) ? start : other.start;
        LocalTime e = end.isBefore(other.end) ? end : other.end;
        return e.isAfter(s) ? new TimeRange(s, e) : null;
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
