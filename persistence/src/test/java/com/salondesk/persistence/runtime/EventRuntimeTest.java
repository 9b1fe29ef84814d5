package com.salondesk.persistence.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.shared.Money;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.desk.StreamAppend;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Projections and handlers on the one runtime: each on its own worker, so one that fails holds up only itself. */
class EventRuntimeTest {

    @TempDir
    Path folder;

    /** A projection counting the bookings it is given into a table of its own; {@code broken} makes every batch fail. */
    private static Projection counting(String name, boolean broken) {
        return new Projection() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean handles(RecordedEvent event) {
                return event.type().equals("booking.created");
            }

            @Override
            public void apply(DSLContext tx, RecordedEvent event) {
                if (broken) {
                    throw new IllegalStateException("disk full");
                }
                tx.insertInto(DSL.table(name)).values(event.position()).execute();
            }

            @Override
            public RetryPolicy retryPolicy() {
                return new RetryPolicy(Integer.MAX_VALUE, Duration.ofMillis(10), Duration.ofMillis(50));
            }

            @Override
            public void reset(DSLContext tx) {
            }

            @Override
            public List<String> tables() {
                return List.of(name);
            }
        };
    }

    @Test
    void aFailingProjectionHoldsUpNeitherTheOtherProjectionsNorTheHandlers() throws Exception {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            desk.database().dsl().execute("CREATE TABLE healthy (position BIGINT PRIMARY KEY)");
            desk.database().dsl().execute("CREATE TABLE broken (position BIGINT PRIMARY KEY)");
            RecordingHandler.createTable(desk.database().dsl());
            var receipts = new RecordingHandler("receipts", Set.of("booking.created"),
                    new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5)), Duration.ofSeconds(5));
            try (var runtime = new EventRuntime(desk.database(), desk.log(), desk.bus(), desk.types(), Clock.systemUTC(),
                    List.of(counting("broken", true), counting("healthy", false)), List.of(receipts))) {
                runtime.start();
                for (int i = 0; i < 5; i++) {
                    desk.log().append(TestChain.ctx(), new StreamAppend("booking-r" + i, 0, List.of(BookingEvent.Created.single(
                            "r" + i, "c", "soho", "anna", "cut", Instant.parse("2026-12-01T10:00:00Z"),
                            Instant.parse("2026-12-01T10:45:00Z"), Money.of("1", "GBP")))));
                }
                long head = desk.log().headPosition();

                assertThat(runtime.handlers().awaitPosition(head, Duration.ofSeconds(20))).isTrue();
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (runtime.projections().position("healthy") < head && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertThat(runtime.projections().position("healthy")).isEqualTo(head);
                assertThat(desk.database().dsl().fetchCount(DSL.table("healthy"))).isEqualTo(5);
                assertThat(desk.database().dsl().fetchCount(DSL.table("handled"))).isEqualTo(5);

                assertThat(runtime.projections().status()).filteredOn(s -> s.handler().equals("broken")).singleElement()
                        .satisfies(s -> {
                            assertThat(s.retrying()).isEqualTo(1);
                            assertThat(s.failures()).isPositive();
                            assertThat(s.lag()).isPositive();
                            assertThat(s.deadLetters()).as("a read model never gives up on an event").isZero();
                        });
                assertThat(runtime.projections().awaitPosition(head, Duration.ofMillis(200)))
                        .as("read-your-writes waits for every projection").isFalse();
            }
        }
    }

    private static void book(DeskBackEnd desk, String id) {
        desk.log().append(TestChain.ctx(), new StreamAppend("booking-" + id, 0, List.of(BookingEvent.Created.single(
                id, "c", "soho", "anna", "cut", Instant.parse("2026-12-01T10:00:00Z"),
                Instant.parse("2026-12-01T10:45:00Z"), Money.of("1", "GBP")))));
    }

    @Test
    void aRuntimeThatFailsToStartSaysWhyAndClosesWithoutComplaint() {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            desk.database().dsl().execute("CREATE TABLE healthy (position BIGINT PRIMARY KEY)");
            desk.database().dsl().execute("CREATE TABLE broken (position BIGINT PRIMARY KEY)");
            book(desk, "r1");
            List<Object> unheard = new java.util.ArrayList<>();
            var bus = new com.google.common.eventbus.EventBus();
            bus.register(new Object() {
                @com.google.common.eventbus.Subscribe
                public void on(com.google.common.eventbus.DeadEvent dead) {
                    unheard.add(dead.getEvent());
                }
            });
            var runtime = new EventRuntime(desk.database(), desk.log(), bus, desk.types(), Clock.systemUTC(),
                    List.of(counting("healthy", false), counting("broken", true)), List.of());

            assertThatThrownBy(runtime::start).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
            runtime.close();
            runtime.close();

            // Nothing of the half-started runtime listens any more.
            bus.post(new com.salondesk.persistence.desk.EventsRecorded(List.of()));
            assertThat(unheard).filteredOn(e -> e instanceof com.salondesk.persistence.desk.EventsRecorded).hasSize(1);
        }
    }

    @Test
    void closingARuntimeTwiceIsHarmless() {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            var runtime = new EventRuntime(desk.database(), desk.log(), desk.bus(), desk.types(), Clock.systemUTC(),
                    List.of(), List.of());
            runtime.start();
            runtime.close();
            runtime.close();
            assertThatThrownBy(runtime::start).hasMessage("the event runtime is closed");
        }
        // The desk itself, closed by try-with-resources above, may be closed again as well.
        DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC());
        desk.close();
        desk.close();
    }

    @Test
    void aDeskWhoseReadModelCannotCatchUpDoesNotOpenAndSaysWhy() {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            book(desk, "r1");
            desk.awaitProjections();
            // A damaged event at the end of the log, written past the log's own checks while the desk was away.
            desk.database().dsl().execute("INSERT INTO events (local_seq, id, stream_id, version, event_type, "
                    + "schema_version, event_data, metadata, recorded_at, tenant_id, sync_status) VALUES (?, RANDOM_UUID(), "
                    + "'booking-damaged', 1, 'booking.created', 2, '{\"bookingId\": 42', '{}', CURRENT_TIMESTAMP, 'acme', "
                    + "'PENDING')", desk.log().headPosition() + 1);
        }

        assertThatThrownBy(() -> DeskBackEnd.open(folder, Clock.systemUTC()))
                .as("the projection's own failure, not one from closing the half-started desk")
                .hasMessageContaining("booking.created")
                .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());

        // The half-started desk let everything go: with the damage repaired, the desk opens and catches up.
        try (var database = com.salondesk.persistence.desk.DeskDatabase.open(folder)) {
            database.dsl().execute("DELETE FROM events WHERE stream_id = 'booking-damaged'");
        }
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            book(desk, "r2");
            desk.awaitProjections();
            assertThat(desk.queries().bookingCount()).isEqualTo(2);
        }
    }
}
