package com.salondesk.persistence.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.booking.CancelReason;
import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.desk.DeskSchema.Bookings;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.desk.SyncStatus;
import com.salondesk.persistence.event.EventEnvelope;
import com.salondesk.persistence.event.EventMetadata;
import com.salondesk.persistence.event.SalonEventTypes;
import com.salondesk.persistence.runtime.Projection;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongFunction;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batched, folding {@code applyAll} must leave exactly the rows that applying events one by one leaves. */
class BookingProjectionBatchTest {

    @TempDir
    Path folder;

    @Test
    void foldingABatchGivesTheSameRowsAsApplyingEventsOneByOne() {
        BookingProjection projection = new BookingProjection();
        assertEachRandomLogGivesTheRowsOfOneByOne(projection, seed -> new Projection.Replay() {
            @Override
            public void apply(DSLContext tx, List<RecordedEvent> events) {
                projection.applyAll(tx, events);
            }

            @Override
            public void finish(DSLContext tx) {
            }
        });
    }

    @Test
    void aReplayHoldingRowsAcrossBatchesGivesTheSameRowsAsApplyingEventsOneByOne() {
        BookingProjection projection = new BookingProjection();
        // From rows written at once (1) to all held until the end (1,000).
        assertEachRandomLogGivesTheRowsOfOneByOne(projection, seed -> projection.startReplay(
                seed == 1 ? 1 : seed == 2 ? 1_000 : 2 + new Random(seed).nextInt(60)));
    }

    /**
     * For eight random logs: the rows left by applying each event on its own must equal the rows left by the
     * replay that {@code replays} starts for the seed, fed batches of random sizes, one transaction each.
     */
    private void assertEachRandomLogGivesTheRowsOfOneByOne(BookingProjection projection,
                                                          LongFunction<Projection.Replay> replays) {
        try (DeskDatabase database = DeskDatabase.open(folder)) {
            DSLContext dsl = database.dsl();
            for (long seed = 1; seed <= 8; seed++) {
                List<RecordedEvent> events = randomLog(new Random(seed), 250);

                dsl.transaction(tx -> projection.reset(tx.dsl()));
                dsl.transaction(tx -> events.forEach(e -> projection.apply(tx.dsl(), e)));
                Result<?> oneByOne = rows(dsl);

                dsl.transaction(tx -> projection.reset(tx.dsl()));
                Projection.Replay replay = replays.apply(seed);
                Random cuts = new Random(seed * 31);
                for (int from = 0; from < events.size(); ) {
                    int to = Math.min(events.size(), from + 1 + cuts.nextInt(120));
                    List<RecordedEvent> batch = events.subList(from, to);
                    dsl.transaction(tx -> replay.apply(tx.dsl(), batch));
                    from = to;
                }
                dsl.transaction(tx -> replay.finish(tx.dsl()));

                assertThat(rows(dsl)).as("seed %d", seed).isEqualTo(oneByOne);
                assertThat(oneByOne.getValues(Bookings.STATUS)).as("seed %d", seed)
                        .contains("REQUESTED", "CONFIRMED", "CANCELLED", "COMPLETED", "NO_SHOW");
            }
        }
    }

    @Test
    void shapesTheLogNeverHasEndAsTheyWouldOneByOne() {
        BookingProjection projection = new BookingProjection();
        try (DeskDatabase database = DeskDatabase.open(folder)) {
            DSLContext dsl = database.dsl();
            // A change before the booking exists finds no row; the booking then starts as requested.
            List<RecordedEvent> early = new ArrayList<>();
            add(early, Instant.parse("2026-03-02T08:00:00Z"), new BookingEvent.Confirmed("b-1"));
            add(early, Instant.parse("2026-03-02T08:01:00Z"), BookingEvent.Created.single("b-1", "c-1", "soho", "anna",
                    "cut", Instant.parse("2026-03-09T10:00:00Z"), Instant.parse("2026-03-09T10:45:00Z"), Money.of("55.00", "GBP")));
            for (int i = 0; i < 10; i++) {
                add(early, Instant.parse("2026-03-02T09:00:00Z").plusSeconds(i), BookingEvent.Created.single("x-" + i, "c-1",
                        "soho", "anna", "cut", Instant.parse("2026-03-10T10:00:00Z"), Instant.parse("2026-03-10T10:45:00Z"),
                        Money.of("55.00", "GBP")));
            }
            dsl.transaction(tx -> early.forEach(e -> projection.apply(tx.dsl(), e)));
            Result<?> oneByOne = rows(dsl);
            dsl.transaction(tx -> projection.reset(tx.dsl()));
            Projection.Replay replay = projection.startReplay(4);
            dsl.transaction(tx -> replay.apply(tx.dsl(), early));
            dsl.transaction(tx -> replay.finish(tx.dsl()));
            assertThat(rows(dsl)).isEqualTo(oneByOne);
            assertThat(oneByOne.getValues(Bookings.STATUS)).containsOnly("REQUESTED");

            // A booking created twice fails, folded or not.
            dsl.transaction(tx -> projection.reset(tx.dsl()));
            List<RecordedEvent> twice = new ArrayList<>(early.subList(1, 2));
            twice.addAll(early.subList(1, 2));
            assertThatThrownBy(() -> dsl.transaction(tx -> {
                Projection.Replay r = projection.startReplay(100);
                r.apply(tx.dsl(), twice);
                r.finish(tx.dsl());
            })).isInstanceOf(DataAccessException.class);
            assertThatThrownBy(() -> dsl.transaction(tx ->
                    twice.forEach(e -> projection.apply(tx.dsl(), e)))).isInstanceOf(DataAccessException.class);
        }
    }

    /** Bookings created over time, each followed later (often several batches later) by status changes. */
    private static List<RecordedEvent> randomLog(Random random, int bookings) {
        List<RecordedEvent> log = new ArrayList<>();
        List<String> open = new ArrayList<>();
        Instant clock = Instant.parse("2026-03-02T08:00:00Z");
        int created = 0;
        while (created < bookings || !open.isEmpty()) {
            clock = clock.plusSeconds(1 + random.nextInt(600));
            if (created < bookings && (open.isEmpty() || random.nextInt(3) > 0)) {
                String id = "b-" + created++;
                Instant start = clock.plusSeconds(86_400L * random.nextInt(20));
                add(log, clock, BookingEvent.Created.single(id, "c-" + random.nextInt(50), "soho", "anna", "cut",
                        start, start.plusSeconds(2_700), Money.of("55.00", "GBP")));
                open.add(id);
                continue;
            }
            String id = open.get(random.nextInt(open.size()));
            switch (random.nextInt(6)) {
                case 0 -> add(log, clock, new BookingEvent.Confirmed(id));
                case 1 -> add(log, clock, new BookingEvent.CheckedIn(id));
                case 2 -> {
                    add(log, clock, new BookingEvent.Completed(id));
                    open.remove(id);
                }
                case 3 -> {
                    // Categories of every kind, and none at all as events from before categories carry.
                    CancelReason.Category[] categories = CancelReason.Category.values();
                    int pick = random.nextInt(categories.length + 1);
                    add(log, clock, new BookingEvent.Cancelled(id, "reason " + random.nextInt(9),
                            pick == categories.length ? null : categories[pick]));
                    if (random.nextBoolean()) {
                        open.remove(id);
                    }
                }
                case 4 -> {
                    add(log, clock, new BookingEvent.NoShowRecorded(id));
                    open.remove(id);
                }
                default -> open.remove(id);
            }
        }
        return log;
    }

    private static void add(List<RecordedEvent> log, Instant at, DomainEvent event) {
        var types = SalonEventTypes.registry();
        var type = types.typeOf(event);
        String stream = "booking-" + ((BookingEvent) event).bookingId();
        long version = log.stream().filter(e -> e.streamId().equals(stream)).count() + 1;
        EventEnvelope envelope = new EventEnvelope(UuidV7.next(), type.wireName(), stream, version, at,
                types.json().valueToTree(event), new EventMetadata("acme", "soho", "desk-1", "maria", null, null, type.schemaVersion()),
                null);
        log.add(new RecordedEvent(log.size() + 1, envelope, event, SyncStatus.SYNCED));
    }

    private static Result<?> rows(DSLContext dsl) {
        return dsl.select(Bookings.ID, Bookings.CUSTOMER_ID, Bookings.BRANCH_ID, Bookings.STAFF_ID, Bookings.SERVICE_ID,
                        Bookings.STATUS, Bookings.SCHEDULED_AT, Bookings.ENDS_AT, Bookings.TOTAL_AMOUNT, Bookings.CURRENCY,
                        Bookings.CANCEL_REASON, Bookings.CANCEL_CATEGORY, Bookings.CREATED_AT, Bookings.UPDATED_AT,
                        Bookings.TENANT_ID)
                .from(Bookings.TABLE).orderBy(Bookings.ID).fetch();
    }
}
