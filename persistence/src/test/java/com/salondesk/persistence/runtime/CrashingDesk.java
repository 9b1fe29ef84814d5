package com.salondesk.persistence.runtime;

import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.desk.StreamAppend;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A desk process for {@link ProcessKillTest}: it keeps recording bookings (three events per stream, one
 * transaction each) while a slow handler works through them, and reports progress on standard output
 * until it is killed.
 */
public final class CrashingDesk {

    static final String HANDLER = "receipts";
    static final Set<String> TYPES = Set.of("booking.created", "booking.confirmed", "booking.cancelled");

    private CrashingDesk() {
    }

    static RecordingHandler handler(Duration slowness) {
        var handler = new RecordingHandler(HANDLER, TYPES, new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5)),
                Duration.ofSeconds(10));
        handler.hangFor = slowness;
        return handler;
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC(), List.of(handler(Duration.ofMillis(2))));
        RecordingHandler.createTable(desk.database().dsl());
        System.out.println("READY");
        for (int i = 0; ; i++) {
            String id = "k" + i;
            List<RecordedEvent> recorded = desk.log().append(TestChain.ctx(), new StreamAppend("booking-" + id, 0,
                    List.of(BookingEvent.Created.single(id, "c", "soho", "anna", "cut",
                                    java.time.Instant.parse("2026-12-01T10:00:00Z"),
                                    java.time.Instant.parse("2026-12-01T10:45:00Z"),
                                    com.salondesk.domain.shared.Money.of("55", "GBP")),
                            new BookingEvent.Confirmed(id), new BookingEvent.Cancelled(id, "test"))));
            int handled = desk.database().dsl().fetchCount(org.jooq.impl.DSL.table("handled"));
            System.out.println("recorded " + recorded.getLast().position() + " handled " + handled);
            System.out.flush();
            Thread.sleep(1);
        }
    }
}
