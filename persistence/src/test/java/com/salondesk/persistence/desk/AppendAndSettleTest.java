package com.salondesk.persistence.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.eventbus.EventBus;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.event.EventEnvelope;
import com.salondesk.persistence.event.EventMetadata;
import com.salondesk.persistence.event.EventTypeRegistry;
import com.salondesk.persistence.event.SalonEventTypes;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebase's append settles the displaced events in its own transaction: both or neither. */
class AppendAndSettleTest {

    private static final EventTypeRegistry TYPES = SalonEventTypes.registry();

    @TempDir
    Path folder;

    private DeskDatabase database;
    private DeskEventLog log;
    private UUID displaced;

    @BeforeEach
    void aPendingEventDisplacedByTheServers() {
        database = DeskDatabase.open(folder);
        log = new DeskEventLog(database, TYPES, new EventBus(), Clock.systemUTC());
        displaced = log.append(TestChain.ctx(), new StreamAppend("booking-b1", 0, List.of(confirmed()))).getFirst().id();
        var type = TYPES.typeOf(confirmed());
        ObjectNode payload = TYPES.json().valueToTree(confirmed());
        var theirs = new EventEnvelope(UuidV7.next(), type.wireName(), "booking-b1", 1, Instant.now(), payload,
                new EventMetadata("acme", "soho", "desk-soho-2", "tom", null, null, type.schemaVersion()), 1L);
        assertThat(log.storePulled(List.of(theirs)).superseded()).hasSize(1);
    }

    @AfterEach
    void close() {
        log.close();
        database.close();
    }

    private static BookingEvent confirmed() {
        return new BookingEvent.Confirmed("b1");
    }

    private static BookingEvent created(String id) {
        return BookingEvent.Created.single(id, "c1", "soho", "anna", "cut", Instant.parse("2026-12-01T10:00:00Z"),
                Instant.parse("2026-12-01T10:45:00Z"), Money.of("55.00", "GBP"));
    }

    @Test
    void theAppendAndTheSettlingAreOneTransaction() {
        log.append(TestChain.ctx(), List.of(new StreamAppend("booking-b2", 0, List.of(created("b2")))), List.of(displaced));

        assertThat(log.unsettled(List.of(displaced))).isEmpty();
        assertThat(log.unsettledSuperseded()).isEmpty();
        assertThat(log.readStream("booking-b2")).hasSize(1);
    }

    @Test
    void aDecisionThatRecordsNothingStillSettles() {
        log.append(TestChain.ctx(), List.of(), List.of(displaced));
        assertThat(log.unsettled(List.of(displaced))).isEmpty();
    }

    @Test
    void aVersionConflictSettlesNothing() {
        assertThatThrownBy(() -> log.append(TestChain.ctx(),
                List.of(new StreamAppend("booking-b1", 0, List.of(confirmed()))), List.of(displaced)))
                .isInstanceOf(StreamVersionConflict.class);
        assertThat(log.unsettled(List.of(displaced))).containsExactly(displaced);
    }

    @Test
    void anIdThatIsNoSupersededEventWritesNothing() {
        long before = log.count();
        assertThatThrownBy(() -> log.append(TestChain.ctx(),
                List.of(new StreamAppend("booking-b3", 0, List.of(created("b3")))), List.of(UUID.randomUUID())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(log.count()).isEqualTo(before);
        assertThat(log.unsettled(List.of(displaced))).containsExactly(displaced);
    }
}
