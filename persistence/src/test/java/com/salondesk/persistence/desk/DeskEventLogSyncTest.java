package com.salondesk.persistence.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.Subscribe;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.event.EventEnvelope;
import com.salondesk.persistence.event.EventMetadata;
import com.salondesk.persistence.event.EventTypeRegistry;
import com.salondesk.persistence.event.SalonEventTypes;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log's side of sync: pending and refused events, pulled events, the cursor, superseded streams. */
class DeskEventLogSyncTest {

    private static final EventTypeRegistry TYPES = SalonEventTypes.registry();

    @TempDir
    Path folder;

    private DeskDatabase database;
    private DeskEventLog log;
    private final List<EventsRecorded> posted = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void open() {
        database = DeskDatabase.open(folder);
        EventBus bus = new EventBus();
        bus.register(new Object() {
            @Subscribe
            public void on(EventsRecorded e) {
                posted.add(e);
            }
        });
        log = new DeskEventLog(database, TYPES, bus, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        log.close();
        database.close();
    }

    private static BookingEvent.Created created(String bookingId) {
        return BookingEvent.Created.single(bookingId, "c1", "soho", "anna", "cut",
                Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T10:45:00Z"), Money.of("55.00", "GBP"));
    }

    private static BookingEvent.Confirmed confirmed(String bookingId) {
        return new BookingEvent.Confirmed(bookingId);
    }

    private RecordedEvent recordLocally(String stream, long expected, BookingEvent event) {
        return log.append(TestChain.ctx(), new StreamAppend(stream, expected, List.of(event))).getFirst();
    }

    /** An event of another desk of the same tenant, as the server hands it out. */
    private static EventEnvelope fromAnotherDesk(String stream, long version, BookingEvent event, Long global) {
        var type = TYPES.typeOf(event);
        ObjectNode payload = TYPES.json().valueToTree(event);
        return new EventEnvelope(UuidV7.next(), type.wireName(), stream, version, Instant.parse("2026-11-30T08:15:30.123456Z"),
                payload, new EventMetadata("acme", "soho", "desk-soho-2", "tom", null, null, type.schemaVersion()), global);
    }

    @Test
    void pendingEventsComeInLocalOrderAndLeaveOnceTheServerAcceptedThem() {
        RecordedEvent first = recordLocally("booking-b1", 0, created("b1"));
        RecordedEvent second = recordLocally("booking-b2", 0, created("b2"));
        RecordedEvent third = recordLocally("booking-b1", 1, confirmed("b1"));

        assertThat(log.pendingEvents(2)).extracting(RecordedEvent::id).containsExactly(first.id(), second.id());
        assertThat(log.pendingCount()).isEqualTo(3);

        log.markSynced(Map.of(first.id(), 11L, second.id(), 12L));

        assertThat(log.pendingEvents(10)).extracting(RecordedEvent::id).containsExactly(third.id());
        assertThat(log.pendingCount()).isEqualTo(1);
        RecordedEvent synced = log.readStream("booking-b1").getFirst();
        assertThat(synced.syncStatus()).isEqualTo(SyncStatus.SYNCED);
        assertThat(synced.globalPosition()).isEqualTo(11L);
        assertThat(synced.envelope().globalPosition()).isEqualTo(11L);
    }

    @Test
    void refusedEventsKeepTheirReasonAndAnAcceptedEventIsNeverRefused() {
        RecordedEvent accepted = recordLocally("booking-b1", 0, created("b1"));
        RecordedEvent refused = recordLocally("booking-b2", 0, created("b2"));
        log.markSynced(Map.of(accepted.id(), 1L));

        log.markRejected(Map.of(refused.id(), "payload.staffId: must not be blank", accepted.id(), "late"));

        assertThat(log.rejectedEvents()).extracting(RecordedEvent::id).containsExactly(refused.id());
        assertThat(log.rejectedEvents().getFirst().syncStatus()).isEqualTo(SyncStatus.REJECTED);
        assertThat(log.rejectionReasons()).containsExactly(Map.entry(refused.id(), "payload.staffId: must not be blank"));
        assertThat(log.rejectedCount()).isEqualTo(1);
        assertThat(log.pendingCount()).isZero();
        assertThat(log.readStream("booking-b1").getFirst().syncStatus()).isEqualTo(SyncStatus.SYNCED);
    }

    @Test
    void eventsAfterARefusedOneInItsStreamAreRefusedWithIt() {
        RecordedEvent refused = recordLocally("booking-b1", 0, created("b1"));
        RecordedEvent after = recordLocally("booking-b1", 1, confirmed("b1"));
        RecordedEvent elsewhere = recordLocally("booking-b2", 0, created("b2"));
        log.markRejected(Map.of(refused.id(), "payload: broken"));

        assertThat(log.rejectPendingOf(List.of("booking-b1"), "follows a refused event")).isEqualTo(1);

        assertThat(log.rejectionReasons()).containsExactly(Map.entry(refused.id(), "payload: broken"),
                Map.entry(after.id(), "follows a refused event"));
        assertThat(log.pendingEvents(10)).containsExactly(elsewhere);
    }

    @Test
    void ownEventsComingBackAreConfirmedNotStoredTwice() {
        RecordedEvent mine = recordLocally("booking-b1", 0, created("b1"));
        posted.clear();

        PulledEvents result = log.storePulled(List.of(mine.envelope().withGlobalPosition(7)));

        assertThat(result.ownConfirmed()).isEqualTo(1);
        assertThat(result.stored()).isEmpty();
        assertThat(result.superseded()).isEmpty();
        assertThat(log.count()).isEqualTo(1);
        RecordedEvent back = log.readStream("booking-b1").getFirst();
        assertThat(back.id()).isEqualTo(mine.id());
        assertThat(back.position()).isEqualTo(mine.position());
        assertThat(back.syncStatus()).isEqualTo(SyncStatus.SYNCED);
        assertThat(back.globalPosition()).isEqualTo(7L);
        assertThat(log.pulledThrough()).isEqualTo(7);
        assertThat(posted).isEmpty();
    }

    @Test
    void eventsOfOtherDesksEnterTheLogAsTheServerSentThemAndArePosted() {
        recordLocally("booking-b9", 0, created("b9"));
        EventEnvelope theirs = fromAnotherDesk("booking-b1", 1, created("b1"), 3L);
        EventEnvelope next = fromAnotherDesk("booking-b1", 2, confirmed("b1"), 5L);
        posted.clear();

        PulledEvents result = log.storePulled(List.of(theirs, next));

        assertThat(result.ownConfirmed()).isZero();
        assertThat(result.stored()).extracting(RecordedEvent::position).containsExactly(2L, 3L);
        List<RecordedEvent> stream = log.readStream("booking-b1");
        assertThat(stream).isEqualTo(result.stored());
        assertThat(stream.getFirst().envelope()).isEqualTo(theirs);
        assertThat(stream.getLast().envelope()).isEqualTo(next);
        assertThat(stream.getFirst().event()).isEqualTo(created("b1"));
        assertThat(stream).extracting(RecordedEvent::syncStatus).containsOnly(SyncStatus.SYNCED);
        assertThat(stream.getFirst().recordedAt()).isEqualTo(theirs.timestamp());
        assertThat(log.pulledThrough()).isEqualTo(5);
        assertThat(log.pendingCount()).isEqualTo(1);
        assertThat(posted).hasSize(1);
        assertThat(posted.getFirst().events()).isEqualTo(result.stored());
        // Asking for the same batch again (a lost answer, a crash before the cursor was read) stores nothing new.
        PulledEvents again = log.storePulled(List.of(theirs, next));
        assertThat(again.stored()).isEmpty();
        assertThat(log.count()).isEqualTo(3);
    }

    @Test
    void anOldSchemaVersionIsStoredAsSentAndReadInTodaysShape() throws Exception {
        JsonNode fixture;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/v1/booking.created.json")) {
            fixture = TYPES.json().readTree(in);
        }
        ObjectNode payload = (ObjectNode) fixture.get("payload");
        EventEnvelope v1 = new EventEnvelope(UuidV7.next(), "booking.created", "booking-old", 1, Instant.parse("2026-10-01T10:00:00Z"),
                payload, new EventMetadata("acme", "soho", "desk-old", null, null, null, 1), 1L);

        log.storePulled(List.of(v1));

        RecordedEvent read = log.readStream("booking-old").getFirst();
        assertThat(read.envelope()).isEqualTo(v1);
        assertThat(read.event()).isEqualTo(TYPES.fromPayload("booking.created", 1, payload));
    }

    @Test
    void aServerEventTakingAPendingVersionMovesTheStreamsPendingEventsAsideAndDropsItsSnapshot() {
        RecordedEvent mine1 = recordLocally("booking-b1", 0, created("b1"));
        RecordedEvent mine2 = recordLocally("booking-b1", 1, confirmed("b1"));
        RecordedEvent other = recordLocally("booking-b2", 0, created("b2"));
        snapshot("booking-b1", 2);
        snapshot("booking-b2", 1);
        EventEnvelope theirs = fromAnotherDesk("booking-b1", 1, created("b1"), 4L);

        PulledEvents result = log.storePulled(List.of(theirs));

        assertThat(result.superseded()).hasSize(1);
        SupersededStream displaced = result.superseded().getFirst();
        assertThat(displaced.streamId()).isEqualTo("booking-b1");
        assertThat(displaced.events()).containsExactly(mine1, mine2);
        assertThat(log.readStream("booking-b1")).extracting(RecordedEvent::id).containsExactly(theirs.id());
        assertThat(log.pendingEvents(10)).containsExactly(other);
        assertThat(snapshotVersions("booking-b1")).isEmpty();
        assertThat(snapshotVersions("booking-b2")).containsExactly(1);
        assertThat(log.unsettledSuperseded()).containsExactly(displaced);
    }

    @Test
    void settledStreamsAreNotOfferedAgainAndSettlingTwiceChangesNothing() {
        RecordedEvent mine = recordLocally("booking-b1", 0, created("b1"));
        log.storePulled(List.of(fromAnotherDesk("booking-b1", 1, created("b1"), 1L)));
        assertThat(log.unsettledSuperseded()).extracting(SupersededStream::streamId).containsExactly("booking-b1");

        log.settle(List.of(mine.id()));
        log.settle(List.of(mine.id()));

        assertThat(log.unsettledSuperseded()).isEmpty();
        UUID stranger = UuidV7.next();
        assertThatThrownBy(() -> log.settle(List.of(stranger))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(stranger.toString());
    }

    @Test
    void anEventTakingTheVersionOfAnAcceptedOneIsRefusedAndNothingIsStored() {
        RecordedEvent mine = recordLocally("booking-b1", 0, created("b1"));
        log.markSynced(Map.of(mine.id(), 1L));
        EventEnvelope fine = fromAnotherDesk("booking-b2", 1, created("b2"), 2L);
        EventEnvelope clash = fromAnotherDesk("booking-b1", 1, created("b1"), 3L);

        assertThatThrownBy(() -> log.storePulled(List.of(fine, clash))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(clash.id().toString()).hasMessageContaining(mine.id().toString());

        assertThat(log.count()).isEqualTo(1);
        assertThat(log.pulledThrough()).isZero();
        // The positions a failed batch had taken are given out again: the log stays without holes.
        RecordedEvent after = recordLocally("booking-b3", 0, created("b3"));
        assertThat(after.position()).isEqualTo(mine.position() + 1);
    }

    @Test
    void theCursorOnlyMovesForwardAndTheServerHeadIsRemembered() {
        log.storePulled(List.of(fromAnotherDesk("booking-b1", 1, created("b1"), 9L)));
        assertThat(log.pulledThrough()).isEqualTo(9);
        Instant at = Instant.parse("2026-11-30T12:00:00Z");

        log.recordSync(12, at);
        log.recordSync(14, null);

        assertThat(log.syncProgress()).isEqualTo(new SyncProgress(9, 14, at));
        assertThatThrownBy(() -> log.storePulled(List.of(fromAnotherDesk("booking-b2", 1, created("b2"), null))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStandaloneDesksPendingEventsTakeTheTenantAndDeviceItJoins() {
        RecordedEvent mine = recordLocally("booking-b1", 0, created("b1"));

        assertThat(log.adoptIdentity("chain-7", "desk-7")).isEqualTo(1);

        RecordedEvent moved = log.readStream("booking-b1").getFirst();
        assertThat(moved.tenantId()).isEqualTo("chain-7");
        assertThat(moved.envelope().metadata()).isEqualTo(new EventMetadata("chain-7", "soho", "desk-7", "maria",
                mine.envelope().metadata().correlationId(), mine.envelope().metadata().causationId(), 2));
        assertThat(moved.event()).isEqualTo(mine.event());
    }

    @Test
    void eventsAlreadyOnAServerUnderAnotherTenantAreNeverMoved() {
        RecordedEvent accepted = recordLocally("booking-b1", 0, created("b1"));
        RecordedEvent pending = recordLocally("booking-b2", 0, created("b2"));
        log.markSynced(Map.of(accepted.id(), 1L));

        assertThatThrownBy(() -> log.adoptIdentity("chain-7", "desk-7")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("chain-7");

        assertThat(log.readStream("booking-b2").getFirst().envelope()).isEqualTo(pending.envelope());
    }

    private void snapshot(String stream, int version) {
        database.dsl().insertInto(DSL.table("snapshots"))
                .set(DSL.field("aggregate_id"), stream).set(DSL.field("aggregate_type"), "booking")
                .set(DSL.field("version"), version).set(DSL.field("schema_version"), 1).set(DSL.field("data"), "{}")
                .set(DSL.field("taken_at"), OffsetDateTime.now(ZoneOffset.UTC)).set(DSL.field("tenant_id"), "acme")
                .execute();
    }

    private List<Integer> snapshotVersions(String stream) {
        return database.dsl().select(DSL.field("version", Integer.class)).from(DSL.table("snapshots"))
                .where(DSL.field("aggregate_id").eq(stream)).fetch(0, Integer.class);
    }
}
