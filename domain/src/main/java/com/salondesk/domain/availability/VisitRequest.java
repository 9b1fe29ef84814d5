package com.salondesk.domain.availability;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one asks the engine for: these services back to back, in this order, by these stylists, for this client
 * (whose other visits must not overlap), asked at {@code now} (the booking window counts from it).
 */
public record VisitRequest(List<String> serviceIds, Stylists stylists, Optional<String> customerId, Instant now) {

    public VisitRequest {
        serviceIds = List.copyOf(serviceIds);
        Objects.requireNonNull(stylists, "stylists");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(now, "now");
        if (serviceIds.isEmpty()) {
            throw new IllegalArgumentException("a visit has at least one service");
        }
    }

    /** One service, by any stylist who does it, for no client in particular. */
    public static VisitRequest service(String serviceId, Instant now) {
        return new VisitRequest(List.of(serviceId), Stylists.anyone(), Optional.empty(), now);
    }

    public VisitRequest by(Stylists who) {
        return new VisitRequest(serviceIds, who, customerId, now);
    }

    public VisitRequest forCustomer(String customer) {
        return new VisitRequest(serviceIds, stylists, Optional.of(customer), now);
    }
}
