package com.salondesk.persistence.event;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code booking.created} v1 → v2: a booking held one {@code serviceId}; v2 lists {@code services}, each
 * with its duration and price. A v1 booking becomes a list of one service that fills the booked time at
 * the booked price.
 */
final class BookingCreatedV2 implements Upcaster {

    @Override
    public ObjectNode upcast(ObjectNode payload) {
        long minutes = Duration.between(Instant.parse(payload.required("start").asText()),
                Instant.parse(payload.required("end").asText())).toMinutes();
        ArrayNode services = payload.arrayNode();
        services.addObject()
                .put("serviceId", payload.required("serviceId").asText())
                .put("durationMinutes", Math.max(1, minutes))
                .set("price", payload.required("price").deepCopy());
        payload.remove("serviceId");
        payload.set("services", services);
        return payload;
    }
}
