package com.salondesk.persistence.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.event.EventEnvelope;
import com.salondesk.persistence.event.EventMetadata;
import com.salondesk.persistence.event.EventTypeRegistry;
import com.salondesk.persistence.event.SalonEventTypes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A quick harness for the desk's side of catch-up: stores pulled batches of 1,000 booking events (as the
 * server sends them) into a fresh desk and waits until the booking read model has them, and prints
 * events/s. No network: the sync client's pull adds the HTTP and JSON parsing on top.
 *
 * <p>Run: {@code ./mvnw -q -pl persistence -am -Ppull-store-benchmark -DskipTests verify}
 * ({@code -Dbench.events=N}, default 200,000).
 */
public final class PullStoreBenchmark {

    private PullStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = BenchSettings.count("bench.events", 200_000, 1000);
        EventTypeRegistry types = SalonEventTypes.registry();
        List<List<EventEnvelope>> batches = new ArrayList<>();
        Instant start = Instant.parse("2026-12-01T09:00:00Z");
        long global = 0;
        for (int b = 0; b < events / 1000; b++) {
            List<EventEnvelope> batch = new ArrayList<>(1000);
            for (int i = 0; i < 1000; i++) {
                String id = UuidV7.next().toString();
                BookingEvent.Created created = BookingEvent.Created.single(id, "c1", "soho", "anna", "cut",
                        start.plusSeconds(global * 60), start.plusSeconds(global * 60 + 2700), Money.of("55.00", "GBP"));
                ObjectNode payload = types.json().valueToTree(created);
                global++;
                batch.add(new EventEnvelope(UuidV7.next(), "booking.created", "booking-" + id, 1, Instant.now(), payload,
                        new EventMetadata("acme", "soho", "desk-2", "tom", null, null, 2), global));
            }
            batches.add(batch);
        }
        Path folder = Files.createTempDirectory("pull-bench");
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            long t0 = System.nanoTime();
            long store = 0;
            for (List<EventEnvelope> batch : batches) {
                long s = System.nanoTime();
                desk.log().storePulled(batch);
                store += System.nanoTime() - s;
            }
            long stored = System.nanoTime();
            desk.awaitProjections();
            long done = System.nanoTime();
            System.out.printf(Locale.ROOT, "%,d events: stored in %.2f s (%,.0f events/s in storePulled), read model"
                            + " caught up after %.2f s: %,.0f events/s end to end%n", global, (stored - t0) / 1e9,
                    global / (store / 1e9), (done - t0) / 1e9, global / ((done - t0) / 1e9));
        }
    }
}
