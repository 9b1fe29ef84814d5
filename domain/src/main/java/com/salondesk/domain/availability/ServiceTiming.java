package com.salondesk.domain.availability;

import java.util.List;
import java.util.Objects;

/**
 * A service as availability sees it: its phases in whole five-minute cells, and the resources (a basin, a room, a
 * chair) it holds one unit of while the client is in (active, processing and finishing).
 */
public record ServiceTiming(String serviceId, Phases phases, List<String> resourceIds) {

    public ServiceTiming {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(phases, "phases");
        resourceIds = resourceIds.stream().distinct().toList();
        if (!phases.inWholeCells()) {
            throw new IllegalArgumentException("service " + serviceId + ": phases must be whole multiples of "
                    + Cells.MINUTES + " minutes, not " + phases);
        }
    }

    /** A service of one active phase that needs no resource. */
    public static ServiceTiming simple(String serviceId, int minutes) {
        return new ServiceTiming(serviceId, Phases.simple(minutes), List.of());
    }
}
