package com.salondesk.persistence.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.Subscribe;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.Money;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.event.SalonEventTypes;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskEventLogTest {

    @TempDir
    Path folder;

    private DeskDatabase database;
    private EventBus bus;
    private DeskEventLog log;
    private final List<EventsRecorded> posted = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void open() {
        database = DeskDatabase.open(folder);
        bus = new EventBus();
        bus.register(new Object() {
            @Subscribe
            public void on(EventsRecorded e) {
                posted.add(e);
            }
        });
        log = newLog(database);
    }

    private final List<DeskEventLog> logs = new ArrayList<>();

    private DeskEventLog newLog(DeskDatabase db) {
        DeskEventLog created = new DeskEventLog(db, SalonEventTypes.registry(), bus, Clock.systemUTC());
        logs.add(created);
        return created;
    }

    private void closeAll() {
        logs.forEach(DeskEventLog::close);
        logs.clear();
        database.close();
    }

    @AfterEach
    void close() {
        closeAll();
    }

    private static BookingEvent.Created created(String bookingId) {
        return BookingEvent.Created.single(bookingId, "c1", "soho", "anna", "cut",
                Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T10:45:00Z"), Money.of("55", "GBP"));
    }

    @Test
    void appendsAndReadsAStreamWithAFullEnvelope() {
        EventContext ctx = TestChain.ctx();
        List<RecordedEvent> recorded = log.append(ctx, new StreamAppend("booking-b1", 0,
                List.of(created("b1"), new BookingEvent.Confirmed("b1"))));

        List<RecordedEvent> stream = log.readStream("booking-b1");
        assertThat(stream).extracting(RecordedEvent::version).containsExactly(1L, 2L);
        assertThat(stream).extracting(r -> r.envelope().type()).containsExactly("booking.created", "booking.confirmed");
        assertThat(stream).extracting(RecordedEvent::event).containsExactly(created("b1"), new BookingEvent.Confirmed("b1"));
        RecordedEvent first = stream.getFirst();
        assertThat(first.envelope().id().version()).isEqualTo(7);
        assertThat(first.envelope().metadata().tenantId()).isEqualTo("acme");
        assertThat(first.envelope().metadata().deviceId()).isEqualTo("desk-soho-1");
        assertThat(first.envelope().metadata().userId()).isEqualTo("maria");
        assertThat(first.envelope().metadata().correlationId()).isEqualTo(ctx.correlationId());
        assertThat(first.envelope().metadata().schemaVersion()).isEqualTo(2);
        assertThat(first.envelope().globalPosition()).isNull();
        assertThat(first.syncStatus()).isEqualTo(SyncStatus.PENDING);
        assertThat(stream).extracting(RecordedEvent::position).containsExactlyElementsOf(
                recorded.stream().map(RecordedEvent::position).toList());
        assertThat(posted).singleElement().extracting(EventsRecorded::events).isEqualTo(recorded);
    }

    @Test
    void storesThePayloadAsTheCatalogueSpecifiesAndHandsOutWhatItStored() {
        DeskEventLog atFixedTime = new DeskEventLog(database, SalonEventTypes.registry(), bus,
                Clock.fixed(Instant.parse("2026-11-27T09:00:00.123456789Z"), ZoneOffset.UTC));
        logs.add(atFixedTime);
        List<RecordedEvent> recorded = atFixedTime.append(TestChain.ctx(), new StreamAppend("booking-b1", 0, List.of(created("b1"))));

        String stored = database.dsl().select(DeskSchema.Events.EVENT_DATA).from(DeskSchema.Events.TABLE)
                .where(DeskSchema.Events.STREAM_ID.eq("booking-b1")).fetchOne(DeskSchema.Events.EVENT_DATA);
        // Amounts keep the currency's minor unit, as docs/events.md says: 55.00, not 55.
        assertThat(stored).contains("\"price\":{\"amount\":55.00,\"currency\":\"GBP\"}");
        RecordedEvent appended = recorded.getFirst();
        RecordedEvent read = atFixedTime.readStream("booking-b1").getFirst();
        // Envelope included (its time too: the log keeps microseconds, and so does the event handed out).
        assertThat(appended).isEqualTo(read);
        assertThat(read.recordedAt()).isEqualTo(Instant.parse("2026-11-27T09:00:00.123456Z"));
    }

    @Test
    void aConflictingAppendFailsClearlyAndWritesNothing() {
        log.append(TestChain.ctx(), new StreamAppend("booking-b1", 0, List.of(created("b1"))));
        posted.clear();

        assertThatThrownBy(() -> log.append(TestChain.ctx(), new StreamAppend("booking-b1", 0, List.of(created("b1")))))
                .isInstanceOf(StreamVersionConflict.class)
                .hasMessageContaining("booking-b1 is at version 1, expected 0")
                .satisfies(e -> assertThat(((StreamVersionConflict) e).actualVersion()).isEqualTo(1));

        assertThat(log.count()).isEqualTo(1);
        assertThat(posted).isEmpty();
    }

    @Test
    void aMultiStreamAppendIsAllOrNothing() {
        log.append(TestChain.ctx(), new StreamAppend("booking-b2", 0, List.of(created("b2"))));

        assertThatThrownBy(() -> log.append(TestChain.ctx(), List.of(
                new StreamAppend("booking-b1", 0, List.of(created("b1"))),
                new StreamAppend("booking-b2", 0, List.of(created("b2"))))))
                .isInstanceOf(StreamVersionConflict.class)
                .extracting(e -> ((StreamVersionConflict) e).streamId()).isEqualTo("booking-b2");

        assertThat(log.readStream("booking-b1")).isEmpty();
        assertThat(log.count()).isEqualTo(1);
    }

    @Test
    void ofConcurrentAppendsToOneStreamExactlyOneWins() throws Exception {
        log.append(TestChain.ctx(), new StreamAppend("booking-b1", 0, List.of(created("b1"))));
        // Separate log instances do not share the in-process lock, so the database itself must decide.
        List<DeskEventLog> writers = List.of(log, newLog(database), newLog(database), newLog(database),
                newLog(database), newLog(database), newLog(database), newLog(database));
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (DeskEventLog writer : writers) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    writer.append(TestChain.ctx(), new StreamAppend("booking-b1", 1, List.of(new BookingEvent.Confirmed("b1"))));
                    return true;
                } catch (StreamVersionConflict e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int wins = 0;
        for (Future<Boolean> r : results) {
            wins += r.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(wins).isEqualTo(1);
        assertThat(log.readStream("booking-b1")).extracting(RecordedEvent::version).containsExactly(1L, 2L);
        assertThat(log.count()).isEqualTo(2);
    }

    @Test
    void aReopenedLogSeesEveryCommittedEvent() {
        List<DomainEvent> written = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            BookingEvent.Created e = created("b" + i);
            log.append(TestChain.ctx(), new StreamAppend("booking-b" + i, 0, List.of(e)));
            written.add(e);
        }
        long head = log.headPosition();
        closeAll();

        database = DeskDatabase.open(folder);
        DeskEventLog reopened = newLog(database);
        assertThat(reopened.headPosition()).isEqualTo(head);
        assertThat(reopened.readAfter(0, 1_000)).extracting(RecordedEvent::event).containsExactlyElementsOf(written);
        assertThat(reopened.readAfter(head - 10, 1_000)).hasSize(10);
        assertThat(reopened.readStream("booking-b7")).singleElement()
                .extracting(RecordedEvent::event).isEqualTo(created("b7"));
    }
}
