package com.salondesk.syncserver.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.persistence.event.EventEnvelope;
import com.salondesk.persistence.event.EventMetadata;
import com.salondesk.persistence.event.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Realistic {@code booking.created} envelopes for measuring partition compression. */
public final class CompressionSample {

    private CompressionSample() {
    }

    public static List<EventEnvelope> bookings(int count) {
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String bookingId = UuidV7.next().toString();
            ObjectNode payload = Json.mapper().createObjectNode();
            payload.put("bookingId", bookingId);
            payload.put("customerId", "cust-" + UuidV7.next());
            payload.put("branchId", "soho");
            payload.put("staffId", "staff-maria");
            payload.put("serviceId", "svc-cut-and-blow-dry");
            payload.put("start", "2026-08-20T10:00:00Z");
            payload.put("end", "2026-08-20T11:00:00Z");
            payload.putObject("price").put("amountMinor", 6500).put("currency", "GBP");
            payload.put("note", "Prefers the chair by the window; allergic to ammonia-based colour");
            events.add(new EventEnvelope(UuidV7.next(), "booking.created", "booking-" + bookingId, 1,
                    Instant.parse("2026-08-14T09:29:59.123Z"), payload,
                    new EventMetadata("archive", "soho", "desk-soho-1", "maria", UuidV7.next().toString(),
                            UuidV7.next().toString(), 1), null));
        }
        return events;
    }
}
