package com.salondesk.domain.availability;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One service of a booking as it occupies the book: who does it, when it starts (the branch's local time) and how
 * its time is spent. Times that are not on the five-minute grid occupy every cell they touch.
 */
public record BookedPart(String serviceId, String staffId, LocalDateTime start, Phases phases, List<String> resourceIds) {

    public BookedPart {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(phases, "phases");
        resourceIds = resourceIds.stream().distinct().toList();
    }

    /** The service as timed today, done by {@code staffId} from {@code start}. */
    public static BookedPart of(ServiceTiming service, String staffId, LocalDateTime start) {
        return new BookedPart(service.serviceId(), staffId, start, service.phases(), service.resourceIds());
    }

    /** When the client is done with this service (the stylist's cleanup comes after). */
    public LocalDateTime clientEnd() {
        return start.plusMinutes(phases.clientMinutes());
    }
}
