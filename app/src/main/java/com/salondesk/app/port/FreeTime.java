package com.salondesk.app.port;

import com.salondesk.domain.availability.DaySegment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** When a branch's stylists are free, as the desk's live availability knows it (local and other desks' bookings). */
public interface FreeTime {

    /** A free place for one service: the stylist who is free and the time, in the branch's local time. */
    record FreeSlot(String staffId, LocalDateTime start, LocalDateTime end) {
    }

    /** The first time from {@code from} on at which {@code serviceId} fits, with any stylist who does it. */
    Optional<FreeSlot> firstFree(String branchId, String serviceId, Instant from);

    /** A stylist's day as the book shades it: free, booked, processing and blocked stretches. */
    List<DaySegment> dayPicture(String branchId, String staffId, LocalDate date);
}
