package com.salondesk.e2e.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salondesk.domain.booking.BookingDecider;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.schedule.CustomerDayDecider;
import com.salondesk.domain.schedule.CustomerDayEvent;
import com.salondesk.domain.schedule.StaffDayDecider;
import com.salondesk.domain.schedule.StaffDayEvent;
import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.persistence.event.EventTypeRegistry;
import com.salondesk.persistence.event.SalonEventTypes;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fills a tenant on the server with a large booking history, fast: bookings as {@code BookingDesk} records them
 * (the stylist's day, the customer's day, the booking; each stream at its next version), generated here rather
 * than decided one by one, and pushed over HTTP in batches of 500 by a few pushers at once, as the seeding device.
 * Stylist {@code i} ({@link ChainData#stylist(int)}) always serves customer {@code i}, quarter hour after quarter
 * hour, so no two bookings clash; the chain must have that many extra stylists and customers.
 */
public final class HistorySeeder {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 500;
    private static final Money PRICE = Money.of("55.00", "GBP");

    private final EventTypeRegistry types = SalonEventTypes.registry();
    private final String tenantId;
    private final String deviceId;
    private final int stylists;
    private final LocalDate firstDay;

    public HistorySeeder(String tenantId, String deviceId, int stylists, LocalDate firstDay) {
        this.tenantId = tenantId;
        this.deviceId = deviceId;
        this.stylists = stylists;
        this.firstDay = firstDay;
    }

    /** Pushes about {@code events} events (whole bookings of three) with {@code pushers} pushers; returns how many. */
    public long seed(URI server, String token, long events, int pushers) throws Exception {
        long bookings = events / 3;
        AtomicLong pushed = new AtomicLong();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(pushers)) {
            List<Future<?>> running = new ArrayList<>();
            for (int p = 0; p < pushers; p++) {
                int pusher = p;
                running.add(pool.submit(() -> {
                    push(new ServerEvents(server, token), pusher, pushers, bookings, pushed, started, events);
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        return pushed.get();
    }

    /** Pusher {@code pusher} of {@code pushers} takes the stylists whose number leaves it as the remainder. */
    private void push(ServerEvents server, int pusher, int pushers, long bookings, AtomicLong pushed, long started,
                      long total) {
        List<String> batch = new ArrayList<>(BATCH);
        for (long booking = 0; booking < bookings; booking++) {
            int stylist = (int) (booking % stylists);
            if (stylist % pushers != pusher) {
                continue;
            }
            long round = booking / stylists;
            int slot = (int) (round % 48);
            LocalDate day = firstDay.plusDays(round / 48);
            int version = slot + 1;
            batch.addAll(booking(ChainData.stylist(stylist), ChainData.customer(stylist), day, slot, version));
            if (batch.size() + 3 > BATCH) {
                send(server, batch, pushed, started, total);
            }
        }
        if (!batch.isEmpty()) {
            send(server, batch, pushed, started, total);
        }
    }

    private void send(ServerEvents server, List<String> batch, AtomicLong pushed, long started, long total) {
        JsonNode answer = server.push("{\"events\":[" + String.join(",", batch) + "]}");
        for (JsonNode result : answer.path("results")) {
            if (!result.path("status").asText().equals("accepted")) {
                throw new IllegalStateException("the server did not accept a seeded event: " + result);
            }
        }
        long done = pushed.addAndGet(batch.size());
        long before = done - batch.size();
        if (done / 100_000 != before / 100_000) {
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("  seeded %,d of %,d events (%,.0f events/s)%n", done, total, done / seconds);
        }
        batch.clear();
    }

    /** The three events of one booking, as JSON envelopes. */
    private List<String> booking(String staffId, String customerId, LocalDate day, int slot, int dayVersion) {
        String bookingId = UuidV7.next().toString();
        LocalTime start = LocalTime.of(8, 0).plusMinutes(15L * slot);
        LocalTime end = start.plusMinutes(15);
        Instant startAt = day.atTime(start).atZone(ChainData.LONDON).toInstant();
        Instant endAt = day.atTime(end).atZone(ChainData.LONDON).toInstant();
        String correlation = UuidV7.next().toString();
        return List.of(
                envelope(StaffDayDecider.streamId(staffId, day), dayVersion,
                        new StaffDayEvent.SlotReserved(staffId, day, bookingId, start, end, false), correlation),
                envelope(CustomerDayDecider.streamId(customerId, day), dayVersion,
                        new CustomerDayEvent.VisitReserved(customerId, day, bookingId, start, end, false), correlation),
                envelope(BookingDecider.streamId(bookingId), 1,
                        BookingEvent.Created.single(bookingId, customerId, ChainData.BRANCH, staffId, ChainData.CUT,
                                startAt, endAt, PRICE), correlation));
    }

    private String envelope(String streamId, int version, DomainEvent event, String correlationId) {
        EventTypeRegistry.EventType type = types.typeOf(event);
        try {
            return "{\"id\":\"" + UuidV7.next() + "\",\"type\":\"" + type.wireName() + "\",\"streamId\":"
                    + JSON.writeValueAsString(streamId) + ",\"version\":" + version + ",\"timestamp\":\""
                    + Instant.now().truncatedTo(ChronoUnit.MICROS) + "\",\"payload\":" + types.toPayloadJson(event)
                    + ",\"metadata\":" + JSON.writeValueAsString(Map.of("tenantId", tenantId, "branchId",
                    ChainData.BRANCH, "deviceId", deviceId, "userId", "seeder", "correlationId", correlationId,
                    "schemaVersion", type.schemaVersion())) + "}";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
