package com.salondesk.persistence.desk;

import static com.salondesk.persistence.desk.DeskSchema.Events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.eventbus.EventBus;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.shared.Money;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.event.EventEnvelope;
import com.salondesk.persistence.event.EventMetadata;
import com.salondesk.persistence.event.EventTypeRegistry;
import com.salondesk.persistence.event.MalformedEventException;
import com.salondesk.persistence.event.SalonEventTypes;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events read from the log build their envelope only when asked, and it is the envelope the row always gave. */
class LazyEnvelopeTest {

    @TempDir
    Path folder;

    private final EventTypeRegistry types = SalonEventTypes.registry();
    private DeskDatabase database;
    private DeskEventLog log;

    @BeforeEach
    void open() {
        database = DeskDatabase.open(folder);
        log = new DeskEventLog(database, types, new EventBus(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        log.close();
        database.close();
    }

    private static BookingEvent.Created created(String bookingId) {
        return BookingEvent.Created.single(bookingId, "c1", "soho", "anna", "cut",
                Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T10:45:00Z"), Money.of("55", "GBP"));
    }

    /** The row as the log decoded it before envelopes were lazy: everything parsed up front. */
    private RecordedEvent eagerlyDecoded(long position) throws Exception {
        Record row = database.dsl().select(Events.ID, Events.STREAM_ID, Events.VERSION, Events.EVENT_TYPE,
                        Events.SCHEMA_VERSION, Events.EVENT_DATA, Events.METADATA, Events.RECORDED_AT,
                        Events.GLOBAL_POSITION, Events.SYNC_STATUS)
                .from(Events.TABLE).where(Events.LOCAL_SEQ.eq(position)).fetchSingle();
        ObjectNode payload = types.json().readValue(row.get(Events.EVENT_DATA), ObjectNode.class);
        EventMetadata metadata = types.json().readValue(row.get(Events.METADATA), EventMetadata.class);
        EventEnvelope envelope = new EventEnvelope(row.get(Events.ID), row.get(Events.EVENT_TYPE),
                row.get(Events.STREAM_ID), row.get(Events.VERSION), row.get(Events.RECORDED_AT).toInstant(), payload,
                metadata, row.get(Events.GLOBAL_POSITION));
        return new RecordedEvent(position, envelope,
                types.fromPayload(envelope.type(), row.get(Events.SCHEMA_VERSION), payload),
                SyncStatus.valueOf(row.get(Events.SYNC_STATUS)));
    }

    @Test
    void aLazyEnvelopeEqualsTheOneBuiltEagerlyFromTheSameRow() throws Exception {
        log.append(TestChain.ctx(), new StreamAppend("booking-b1", 0,
                List.of(created("b1"), new BookingEvent.Confirmed("b1"), new BookingEvent.Cancelled("b1", null))));
        database.dsl().update(Events.TABLE).set(Events.GLOBAL_POSITION, 77L).set(Events.SYNC_STATUS, "SYNCED")
                .where(Events.VERSION.eq(2)).execute();

        List<RecordedEvent> read = log.readAfter(0, 10);
        List<RecordedEvent> again = log.readStream("booking-b1");

        assertThat(read).hasSize(3);
        for (int i = 0; i < read.size(); i++) {
            RecordedEvent lazy = read.get(i);
            RecordedEvent eager = eagerlyDecoded(lazy.position());
            // Compared both ways and before the lazy one has built its envelope.
            assertThat(eager).isEqualTo(lazy);
            assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager).hasToString(eager.toString());
            assertThat(again.get(i).hashCode()).isEqualTo(eager.hashCode());
            assertThat(lazy.envelope()).isEqualTo(eager.envelope());
            assertThat(lazy.id()).isEqualTo(eager.envelope().id());
            assertThat(lazy.type()).isEqualTo(eager.envelope().type());
            assertThat(lazy.streamId()).isEqualTo(eager.envelope().streamId());
            assertThat(lazy.version()).isEqualTo(eager.envelope().version());
            assertThat(lazy.recordedAt()).isEqualTo(eager.envelope().timestamp());
            assertThat(lazy.tenantId()).isEqualTo(eager.envelope().metadata().tenantId()).isEqualTo("acme");
            assertThat(lazy.syncStatus()).isEqualTo(eager.syncStatus());
        }
        assertThat(read.get(1).envelope().globalPosition()).isEqualTo(77L);
        assertThat(read.get(1).syncStatus()).isEqualTo(SyncStatus.SYNCED);
        assertThat(read.get(0).envelope().globalPosition()).isNull();
    }

    @Test
    void anAppendedEventsCheapAccessorsAreItsEnvelopes() {
        RecordedEvent appended = log.append(TestChain.ctx(), new StreamAppend("booking-b1", 0, List.of(created("b1"))))
                .getFirst();
        EventEnvelope envelope = appended.envelope();

        assertThat(appended.id()).isEqualTo(envelope.id());
        assertThat(appended.type()).isEqualTo("booking.created");
        assertThat(appended.recordedAt()).isEqualTo(envelope.timestamp());
        assertThat(appended.tenantId()).isEqualTo(envelope.metadata().tenantId());
        assertThat(appended).isEqualTo(new RecordedEvent(appended.position(), envelope, appended.event(),
                SyncStatus.PENDING));
    }

    @Test
    void theEnvelopeIsBuiltOnceForEveryThread() throws Exception {
        log.append(TestChain.ctx(), new StreamAppend("booking-b1", 0, List.of(created("b1"))));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 50; round++) {
                RecordedEvent event = log.readAfter(0, 1).getFirst();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<EventEnvelope>> seen = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    seen.add(pool.submit(() -> {
                        start.await();
                        return event.envelope();
                    }));
                }
                start.countDown();
                Set<EventEnvelope> instances = ConcurrentHashMap.newKeySet();
                for (Future<EventEnvelope> f : seen) {
                    EventEnvelope e = f.get(10, TimeUnit.SECONDS);
                    assertThat(e).isSameAs(event.envelope());
                    instances.add(e);
                }
                assertThat(instances).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unreadableMetadataIsReportedWhenTheEnvelopeIsAskedFor() {
        insertRow(1, "{\"bookingId\":\"b1\"}", "{\"tenantId\":\"acme\", oops");
        insertRow(2, "{\"bookingId\":\"b2\"}", "{\"tenantId\":\"acme\",\"schemaVersion\":1}");

        List<RecordedEvent> read = log.readAfter(0, 10);

        assertThat(read).extracting(RecordedEvent::event)
                .containsExactly(new BookingEvent.Confirmed("b1"), new BookingEvent.Confirmed("b2"));
        RecordedEvent broken = read.getFirst();
        assertThat(broken.tenantId()).isEqualTo("acme");
        assertThat(broken.type()).isEqualTo("booking.confirmed");
        for (RecordedEvent e : read) {
            for (int call = 0; call < 2; call++) {
                assertThatThrownBy(e::envelope)
                        .isInstanceOf(MalformedEventException.class)
                        .hasMessageStartingWith("metadata of event " + e.id() + " (position " + e.position()
                                + ") cannot be read");
            }
            assertThat(e.toString()).contains("metadata of event " + e.id());
        }
    }

    @Test
    void anUnreadablePayloadIsStillReportedOnRead() {
        insertRow(1, "{\"bookingId\":", "{\"tenantId\":\"acme\",\"deviceId\":\"d\",\"schemaVersion\":1}");

        assertThatThrownBy(() -> log.readAfter(0, 10))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageStartingWith("payload of 'booking.confirmed' is not valid JSON");
    }

    private void insertRow(long position, String payload, String metadata) {
        database.dsl().insertInto(Events.TABLE)
                .set(Events.LOCAL_SEQ, position)
                .set(Events.ID, UUID.randomUUID())
                .set(Events.STREAM_ID, "booking-b" + position)
                .set(Events.VERSION, 1)
                .set(Events.EVENT_TYPE, "booking.confirmed")
                .set(Events.SCHEMA_VERSION, 1)
                .set(Events.EVENT_DATA, payload)
                .set(Events.METADATA, metadata)
                .set(Events.RECORDED_AT, OffsetDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneOffset.UTC))
                .set(Events.TENANT_ID, "acme")
                .execute();
    }
}
