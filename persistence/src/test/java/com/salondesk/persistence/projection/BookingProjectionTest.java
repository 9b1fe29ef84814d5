package com.salondesk.persistence.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.eventbus.EventBus;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.booking.CancelReason;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.persistence.TestChain;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.desk.DeskSchema.Bookings;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.desk.StreamAppend;
import com.salondesk.persistence.event.SalonEventTypes;
import com.salondesk.persistence.runtime.Checkpoints;
import com.salondesk.persistence.runtime.EventRuntime;
import com.salondesk.persistence.runtime.Projection;
import com.salondesk.persistence.runtime.ReplayProgress;
import com.salondesk.persistence.runtime.RetryPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookingProjectionTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path folder;

    @Test
    void theProjectionEqualsAFreshReplayOfTheLog() {
        // After the week booked below, so that every booking may be checked in.
        try (DeskBackEnd desk = DeskBackEnd.open(folder, TestChain.clockFrom("2026-12-06T12:00:00Z"))) {
            TestChain chain = TestChain.setUp(desk);
            Random random = new Random(42);
            List<String> ids = new ArrayList<>();
            for (int day = 1; day <= 5; day++) {
                for (int slot = 0; slot < 12; slot++) {
                    LocalDateTime start = LocalDateTime.of(2026, 12, day, 9, 0).plusMinutes(45L * slot);
                    ids.add(desk.bookings().book(TestChain.ctx(), new NewBooking(chain.customerId, TestChain.BRANCH,
                            TestChain.STYLIST, TestChain.CUT, start, start.plusMinutes(45), false)));
                }
            }
            for (String id : ids) {
                switch (random.nextInt(5)) {
                    case 0 -> desk.bookings().confirm(TestChain.ctx(), id);
                    case 1 -> desk.bookings().cancel(TestChain.ctx(), id, random.nextBoolean()
                            ? new CancelReason(CancelReason.Category.ILLNESS, "") : CancelReason.other("customer is ill"));
                    case 2 -> {
                        desk.bookings().checkIn(TestChain.ctx(), id);
                        desk.bookings().complete(TestChain.ctx(), id);
                    }
                    default -> {
                    }
                }
            }
            desk.awaitProjections();
            Result<?> live = rows(desk.database().dsl());
            assertThat(live).hasSize(60);
            assertThat(live.getValues(Bookings.STATUS)).contains("REQUESTED", "CONFIRMED", "CANCELLED", "COMPLETED");

            List<ReplayProgress> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
            desk.bus().register(new Object() {
                @com.google.common.eventbus.Subscribe
                public void on(ReplayProgress p) {
                    progress.add(p);
                }
            });
            desk.runtime().projections().rebuild(BookingProjection.NAME);

            assertThat(rows(desk.database().dsl())).isEqualTo(live);
            assertThat(progress).isNotEmpty().last().satisfies(p -> {
                assertThat(p.done()).isTrue();
                assertThat(p.fraction()).isEqualTo(1.0);
            });
            // The rebuilt generation is live and the one before it is gone.
            assertThat(desk.database().dsl().fetch("SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA "
                    + "WHERE SCHEMA_NAME LIKE 'READ_BOOKING_PROJECTIONS_%'").getValues(0, String.class))
                    .containsExactly("READ_BOOKING_PROJECTIONS_5");
            assertThat(desk.runtime().projections().position(BookingProjection.NAME)).isEqualTo(desk.log().headPosition());
        }
    }

    @Test
    void aRebuildRepairsChangedMissingAndExtraRows() {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            TestChain chain = TestChain.setUp(desk);
            List<String> ids = new ArrayList<>();
            for (int slot = 0; slot < 4; slot++) {
                LocalDateTime start = LocalDateTime.of(2026, 12, 1, 9, 0).plusMinutes(45L * slot);
                ids.add(desk.bookings().book(TestChain.ctx(), new NewBooking(chain.customerId, TestChain.BRANCH,
                        TestChain.STYLIST, TestChain.CUT, start, start.plusMinutes(45), false)));
            }
            desk.bookings().cancel(TestChain.ctx(), ids.get(1), "flu");
            desk.awaitProjections();
            Result<?> good = rows(desk.database().dsl());
            var dsl = desk.database().dsl();
            dsl.update(Bookings.TABLE).set(Bookings.STATUS, "COMPLETED").set(Bookings.CANCEL_REASON, (String) null)
                    .where(Bookings.ID.eq(ids.get(1))).execute();
            dsl.deleteFrom(Bookings.TABLE).where(Bookings.ID.eq(ids.get(2))).execute();
            dsl.execute("INSERT INTO booking_projections SELECT 'ghost', customer_id, branch_id, staff_id, service_id, "
                    + "status, scheduled_at, ends_at, total_amount, currency, cancel_reason, created_at, updated_at, "
                    + "tenant_id, cancel_category, time_lost, notes FROM booking_projections WHERE id = ?", ids.get(0));
            assertThat(rows(dsl)).isNotEqualTo(good);

            desk.runtime().projections().rebuild(BookingProjection.NAME);

            assertThat(rows(dsl)).isEqualTo(good);
        }
    }

    @Test
    void onStartAProjectionCatchesUpFromItsCheckpoint() {
        String bookingId;
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            TestChain chain = TestChain.setUp(desk);
            bookingId = desk.bookings().book(TestChain.ctx(), new NewBooking(chain.customerId, TestChain.BRANCH,
                    TestChain.STYLIST, TestChain.CUT, LocalDateTime.parse("2026-12-01T10:00"),
                    LocalDateTime.parse("2026-12-01T10:45"), false));
        }
        // Events committed while no projection was listening: a crash between commit and dispatch.
        try (DeskDatabase database = DeskDatabase.open(folder);
             DeskEventLog log = new DeskEventLog(database, SalonEventTypes.registry(), new EventBus(), Clock.systemUTC())) {
            log.append(TestChain.ctx(), new StreamAppend("booking-" + bookingId, 1,
                    List.of(new BookingEvent.Confirmed(bookingId))));
        }
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            desk.awaitProjections();
            assertThat(desk.queries().bookingsOn(TestChain.BRANCH, LocalDate.parse("2026-12-01"), LONDON))
                    .singleElement().extracting(b -> b.status()).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(desk.runtime().projections().position(BookingProjection.NAME)).isEqualTo(desk.log().headPosition());
        }
    }

    @Test
    void rowsAndCheckpointMoveTogetherOrNotAtAll() {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            TestChain.setUp(desk);
            DeskEventLog log = desk.log();
            log.append(TestChain.ctx(), new StreamAppend("booking-x", 0, List.of(BookingEvent.Created.single("x", "c", "soho",
                    "anna", "cut", java.time.Instant.parse("2026-12-01T10:00:00Z"),
                    java.time.Instant.parse("2026-12-01T10:45:00Z"), com.salondesk.domain.shared.Money.of("1", "GBP")))));
            long head = log.headPosition();
            var failing = new Projection() {
                @Override
                public String name() {
                    return "failing";
                }

                @Override
                public boolean handles(RecordedEvent event) {
                    return true;
                }

                @Override
                public void apply(DSLContext tx, RecordedEvent event) {
                    new BookingProjection().apply(tx, event);
                    if (event.position() == head) {
                        throw new IllegalStateException("disk full");
                    }
                }

                @Override
                public void reset(DSLContext tx) {
                }

                @Override
                public List<String> tables() {
                    return List.of("booking_projections");
                }
            };
            desk.awaitProjections();
            desk.database().dsl().deleteFrom(Bookings.TABLE).execute();
            var runtime = new EventRuntime(desk.database(), log, new EventBus(), desk.types(), Clock.systemUTC(),
                    List.of(failing), List.of());
            assertThatThrownBy(runtime::start).hasMessageContaining("disk full");
            runtime.close();
            assertThat(Checkpoints.read(desk.database().dsl(), "failing")).isZero();
            assertThat(desk.database().dsl().fetchCount(Bookings.TABLE)).isZero();
        }
    }

    @Test
    void aFailingProjectionRetriesWithBackoffUntilTheCauseIsGoneAndLosesNothing() throws Exception {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            TestChain chain = TestChain.setUp(desk);
            desk.awaitProjections();
            var broken = new java.util.concurrent.atomic.AtomicBoolean(true);
            var attempts = new java.util.concurrent.atomic.AtomicInteger();
            var flaky = new Projection() {
                final BookingProjection bookings = new BookingProjection();

                @Override
                public String name() {
                    return "flaky_bookings";
                }

                @Override
                public boolean handles(RecordedEvent event) {
                    return bookings.handles(event);
                }

                @Override
                public void apply(DSLContext tx, RecordedEvent event) {
                    if (broken.get()) {
                        attempts.incrementAndGet();
                        throw new IllegalStateException("disk full");
                    }
                    tx.insertInto(org.jooq.impl.DSL.table("flaky_rows")).values(event.position()).execute();
                }

                @Override
                public RetryPolicy retryPolicy() {
                    return new RetryPolicy(Integer.MAX_VALUE, Duration.ofMillis(20), Duration.ofMillis(50));
                }

                @Override
                public void reset(DSLContext tx) {
                }

                @Override
                public List<String> tables() {
                    return List.of("flaky_rows");
                }
            };
            desk.database().dsl().execute("CREATE TABLE flaky_rows (position BIGINT PRIMARY KEY)");
            DeskEventLog log = desk.log();
            try (var runtime = new EventRuntime(desk.database(), log, desk.bus(), desk.types(), Clock.systemUTC(),
                    List.of(flaky), List.of())) {
                runtime.start();
                var runner = runtime.projections();
                for (int i = 0; i < 3; i++) {
                    log.append(TestChain.ctx(), new StreamAppend("booking-f" + i, 0, List.of(BookingEvent.Created.single("f" + i,
                            chain.customerId, "soho", "anna", "cut", java.time.Instant.parse("2026-12-01T10:00:00Z"),
                            java.time.Instant.parse("2026-12-01T10:45:00Z"), com.salondesk.domain.shared.Money.of("1", "GBP")))));
                }
                long head = log.headPosition();
                // It keeps trying without any new event arriving.
                long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
                while (attempts.get() < 5 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertThat(attempts.get()).isGreaterThanOrEqualTo(5);
                assertThat(runner.status()).singleElement().satisfies(s -> {
                    assertThat(s.retrying()).isEqualTo(1);
                    assertThat(s.failures()).isGreaterThanOrEqualTo(1);
                    assertThat(s.lag()).isPositive();
                });

                broken.set(false);

                assertThat(runner.awaitPosition(head, java.time.Duration.ofSeconds(10))).isTrue();
                assertThat(runner.status()).singleElement().satisfies(s -> {
                    assertThat(s.retrying()).isZero();
                    assertThat(s.lag()).isZero();
                });
                assertThat(desk.database().dsl().fetchCount(org.jooq.impl.DSL.table("flaky_rows"))).isEqualTo(3);
            }
        }
    }

    @Test
    void aCancellationKeepsItsCategoryAndOneFromBeforeCategoriesReadsAsOther() {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, TestChain.clockFrom("2026-11-30T12:00:00Z"))) {
            TestChain chain = TestChain.setUp(desk);
            String ill = book(desk, chain, "2026-12-01T09:00");
            String noted = book(desk, chain, "2026-12-01T10:00");
            String old = book(desk, chain, "2026-12-01T11:00");
            String open = book(desk, chain, "2026-12-01T12:00");
            desk.bookings().cancel(TestChain.ctx(), ill, new CancelReason(CancelReason.Category.ILLNESS, " "));
            desk.bookings().cancel(TestChain.ctx(), noted, new CancelReason(CancelReason.Category.SALON_CLOSED, "burst pipe"));
            // As an earlier release recorded it: a note and no category.
            desk.log().append(TestChain.ctx(), new StreamAppend("booking-" + old, 1,
                    List.of(new BookingEvent.Cancelled(old, "customer moved away", null))));
            assertThat(desk.log().readStream("booking-" + old).getLast().envelope().payload().path("category").isMissingNode()
                    || desk.log().readStream("booking-" + old).getLast().envelope().payload().get("category").isNull())
                    .as("the old event carries no category").isTrue();
            desk.awaitProjections();

            var live = desk.queries().bookingsOn(TestChain.BRANCH, LocalDate.of(2026, 12, 1), LONDON);
            assertThat(live).extracting(b -> b.bookingId(), b -> b.cancelCategory(), b -> b.cancelReason())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(ill, CancelReason.Category.ILLNESS, ""),
                            org.assertj.core.groups.Tuple.tuple(noted, CancelReason.Category.SALON_CLOSED, "burst pipe"),
                            org.assertj.core.groups.Tuple.tuple(old, CancelReason.Category.OTHER, "customer moved away"),
                            org.assertj.core.groups.Tuple.tuple(open, null, null));
            assertThat(desk.database().dsl().fetchValue(desk.database().dsl().select(Bookings.CANCEL_CATEGORY)
                    .from(Bookings.TABLE).where(Bookings.ID.eq(old)))).isEqualTo("OTHER");

            // A rebuild (folded in memory) writes the same categories.
            Result<?> before = rows(desk.database().dsl());
            desk.runtime().projections().rebuild(BookingProjection.NAME);
            assertThat(rows(desk.database().dsl())).isEqualTo(before);
        }
    }

    private static String book(DeskBackEnd desk, TestChain chain, String start) {
        LocalDateTime at = LocalDateTime.parse(start);
        return desk.bookings().book(TestChain.ctx(), new NewBooking(chain.customerId, TestChain.BRANCH,
                TestChain.STYLIST, TestChain.CUT, at, at.plusMinutes(45), false));
    }

    @Test
    void aRefusedBookingWritesNothing() {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            TestChain chain = TestChain.setUp(desk);
            desk.bookings().book(TestChain.ctx(), new NewBooking(chain.customerId, TestChain.BRANCH, TestChain.STYLIST,
                    TestChain.CUT, LocalDateTime.parse("2026-12-01T10:00"), LocalDateTime.parse("2026-12-01T10:45"), false));
            long before = desk.log().count();

            assertThatThrownBy(() -> desk.bookings().book(TestChain.ctx(), new NewBooking(chain.customerId, TestChain.BRANCH,
                    TestChain.STYLIST, TestChain.CUT, LocalDateTime.parse("2026-12-01T10:30"),
                    LocalDateTime.parse("2026-12-01T11:15"), false)))
                    .isInstanceOf(DomainRejection.class)
                    .extracting(e -> ((DomainRejection) e).code()).isEqualTo("schedule.slot-taken");
            assertThat(desk.log().count()).isEqualTo(before);
            desk.awaitProjections();
            assertThat(desk.queries().bookingCount()).isEqualTo(1);
        }
    }

    private static Result<?> rows(DSLContext dsl) {
        return dsl.select(Bookings.ID, Bookings.CUSTOMER_ID, Bookings.BRANCH_ID, Bookings.STAFF_ID, Bookings.SERVICE_ID,
                        Bookings.STATUS, Bookings.SCHEDULED_AT, Bookings.ENDS_AT, Bookings.TOTAL_AMOUNT, Bookings.CURRENCY,
                        Bookings.CANCEL_REASON, Bookings.CANCEL_CATEGORY, Bookings.CREATED_AT, Bookings.UPDATED_AT,
                        Bookings.TENANT_ID)
                .from(Bookings.TABLE).orderBy(Bookings.ID).fetch();
    }
}
