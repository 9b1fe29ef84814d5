package com.salondesk.syncserver.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.persistence.event.EventEnvelope;
import com.salondesk.persistence.event.EventMetadata;
import com.salondesk.persistence.event.Json;
import com.salondesk.persistence.sync.PullResponse;
import com.salondesk.syncserver.support.TestPostgres;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventPartitionsTest {

    private static final Instant AUGUST = Instant.parse("2026-08-14T09:30:00Z");
    private static final Instant NOVEMBER = Instant.parse("2026-11-26T09:30:00Z");

    @Test
    void partitionsAreCreatedAheadAndAFinishedMonthIsCompressedWithoutChangingWhatIsRead() {
        CentralDatabase.ConnectionSettings settings = TestPostgres.get().freshDatabase("partitions", 4);
        try (CentralDatabase database = CentralDatabase.open(settings)) {
            EventPartitions august = new EventPartitions(database, Clock.fixed(AUGUST, ZoneOffset.UTC), 2);
            august.createAhead();
            assertThat(partitions(database)).containsExactly("events_2026_08", "events_2026_09", "events_2026_10");

            new TenantDirectory(database).createTenant("acme", "Acme Salons");
            CentralEventStore storeInAugust = new CentralEventStore(database, Clock.fixed(AUGUST, ZoneOffset.UTC));
            for (int batch = 0; batch < 20; batch++) {
                storeInAugust.push("acme", bookings(100));
            }
            PullResponse before = storeInAugust.pull("acme", 0, 1000);

            EventPartitions november = new EventPartitions(database, Clock.fixed(NOVEMBER, ZoneOffset.UTC), 2);
            november.createAhead();
            List<EventPartitions.Compression> compressed = november.compressFinishedMonths();

            assertThat(compressed).extracting(EventPartitions.Compression::partition)
                    .containsExactly("events_2026_08", "events_2026_09", "events_2026_10");
            EventPartitions.Compression aug = compressed.getFirst();
            assertThat(aug.bytesAfter()).as("compressed %s", aug).isLessThan(aug.bytesBefore());
            assertThat(november.compressFinishedMonths()).as("compressed once").isEmpty();
            assertThat(storeInAugust.pull("acme", 0, 1000)).isEqualTo(before);
            assertThat(partitions(database)).contains("events_2026_11", "events_2026_12", "events_2027_01");
        }
    }

    static List<String> partitions(CentralDatabase database) {
        return database.dsl().fetch("SELECT partition_name FROM event_partitions ORDER BY month_start")
                .getValues(0, String.class);
    }

    /** Realistic booking-created events of one desk, one stream each. */
    static List<EventEnvelope> bookings(int count) {
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
            payload.put("note", "Prefers the chair by the window; allergic to ammonia-based colour");
            events.add(new EventEnvelope(UuidV7.next(), "booking.created", "booking-" + bookingId, 1,
                    Instant.parse("2026-08-14T09:29:59.123Z"), payload,
                    new EventMetadata("acme", "soho", "desk-soho-1", "maria", UuidV7.next().toString(), null, 1), null));
        }
        return events;
    }

}
