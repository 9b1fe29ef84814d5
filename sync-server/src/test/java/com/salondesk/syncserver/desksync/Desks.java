package com.salondesk.syncserver.desksync;

import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.desk.StreamAppend;
import com.salondesk.persistence.sync.SyncSettings;
import com.salondesk.syncserver.SyncServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Desks on H2 logs of their own for the sync client's tests against a real server. */
final class Desks {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private Desks() {
    }

    /** A new desk in {@code folder} that is {@code deviceId} of {@code tenantId}, branch soho. */
    static DeskBackEnd open(Path folder, String tenantId, String deviceId) {
        DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC());
        desk.identity().initialise(new DeskIdentity(tenantId, "soho", deviceId));
        return desk;
    }

    static EventContext ctx(DeskBackEnd desk) {
        return EventContext.command(desk.identity().read().orElseThrow(), "maria");
    }

    static SyncSettings settings(SyncServer server, String token) {
        return new SyncSettings(URI.create("http://127.0.0.1:" + server.port()), token);
    }

    /** Records a new booking's {@code booking.created} on its own stream; returns the recorded event. */
    static RecordedEvent book(DeskBackEnd desk, String bookingId) {
        return book(desk, bookingId, 0);
    }

    static RecordedEvent book(DeskBackEnd desk, String bookingId, long expectedVersion) {
        Instant start = Instant.parse("2026-12-01T10:00:00Z");
        BookingEvent.Created created = BookingEvent.Created.single(bookingId, "c1", "soho", "anna", "cut", start,
                start.plusSeconds(2700), Money.of("55.00", "GBP"));
        return desk.log().append(ctx(desk), new StreamAppend("booking-" + bookingId, expectedVersion,
                List.of(created))).getFirst();
    }

    static String newBookingId() {
        return UuidV7.next().toString();
    }

    /** Waits until {@code condition} holds; fails the test with {@code what} when it does not in time. */
    static void await(String what, BooleanSupplier condition) {
        await(what, PATIENCE, condition);
    }

    static void await(String what, Duration patience, BooleanSupplier condition) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + patience.toSeconds() + " s for: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what, e);
            }
        }
    }
}
