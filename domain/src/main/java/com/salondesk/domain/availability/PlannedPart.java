package com.salondesk.domain.availability;

import java.time.LocalDateTime;
import java.util.Objects;

/** One service of an offered visit: the service, who does it, and from when (the branch's local time). */
public record PlannedPart(ServiceTiming service, String staffId, LocalDateTime start) {

    public PlannedPart {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(start, "start");
    }

    /** When the client is done with this service. */
    public LocalDateTime end() {
        return start.plusMinutes(service.phases().clientMinutes());
    }
}
