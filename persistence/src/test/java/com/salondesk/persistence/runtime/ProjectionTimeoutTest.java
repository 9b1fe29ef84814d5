package com.salondesk.persistence.runtime;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A projection runs under the same timeout as a handler. An attempt that overruns it is not interrupted and
 * may still commit; the checkpoint it locks makes the next attempt wait for it and then find its work done,
 * so no event is applied twice.
 */
class ProjectionTimeoutTest {

    @TempDir
    Path folder;

    @Test
    void anAttemptPastItsTimeoutThatCommitsLateIsNotAppliedTwice() throws Exception {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            desk.database().dsl().execute("CREATE TABLE slow_rows (position BIGINT)"); // no key: a double shows
            AtomicInteger attempts = new AtomicInteger();
            Projection slow = new Projection() {
                @Override
                public String name() {
                    return "slow_rows";
                }

                @Override
                public boolean handles(RecordedEvent event) {
                    return event.type().equals("booking.created");
                }

                @Override
                public void apply(DSLContext tx, RecordedEvent event) {
                    tx.insertInto(DSL.table("slow_rows")).values(event.position()).execute();
                }

                @Override
                public void applyAll(DSLContext tx, List<RecordedEvent> events) {
                    Projection.super.applyAll(tx, events);
                    if (attempts.incrementAndGet() == 1) {
                        sleep(Duration.ofMillis(1_500)); // well past the timeout, then commits all the same
                    }
                }

                @Override
                public Duration timeout() {
                    return Duration.ofMillis(200);
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
                    return List.of("slow_rows");
                }
            };
            try (var runtime = new EventRuntime(desk.database(), desk.log(), desk.bus(), desk.types(), Clock.systemUTC(),
                    List.of(slow), List.of())) {
                runtime.start();
                for (int i = 0; i < 3; i++) {
                    desk.log().append(TestChain.ctx(), new StreamAppend("booking-s" + i, 0, List.of(BookingEvent.Created.single(
                            "s" + i, "c", "soho", "anna", "cut", Instant.parse("2026-12-01T10:00:00Z"),
                            Instant.parse("2026-12-01T10:45:00Z"), Money.of("1", "GBP")))));
                }

                assertThat(runtime.projections().awaitPosition(desk.log().headPosition(), Duration.ofSeconds(20))).isTrue();
                assertThat(runtime.projections().status()).singleElement().satisfies(s -> {
                    assertThat(s.failures()).isPositive(); // the first attempt did time out
                    assertThat(s.retrying()).isZero();
                });
                assertThat(desk.database().dsl().fetchCount(DSL.table("slow_rows"))).isEqualTo(3);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
