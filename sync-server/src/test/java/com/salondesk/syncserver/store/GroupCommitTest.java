package com.salondesk.syncserver.store;

import static com.salondesk.syncserver.support.TestEvents.bookingConfirmed;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.persistence.event.EventEnvelope;
import com.salondesk.persistence.event.Json;
import com.salondesk.persistence.sync.PushResponse;
import com.salondesk.persistence.sync.PushResult;
import com.salondesk.syncserver.support.TestChain;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/**
 * Pushes of one tenant that queue up while one of them is being written are written together in one
 * transaction, and each is answered as if it had been written alone after the ones before it.
 */
class GroupCommitTest {

    private static final ObjectMapper JSON = Json.mapper();

    private static EventEnvelope confirmed(UUID id, String stream, long version, String deviceId) {
        return JSON.convertValue(bookingConfirmed(id, "acme", deviceId, stream, version), EventEnvelope.class);
    }

    private static EventEnvelope confirmed(String stream, long version) {
        return confirmed(UuidV7.next(), stream, version, "desk-1");
    }

    @Test
    void pushesThatWaitedTogetherAreWrittenTogetherAndEachAnsweredOnItsOwn() throws Exception {
        try (TestChain chain = TestChain.create("group-commit")) {
            chain.tenant("acme");
            CentralEventStore store = chain.store().events();
            UUID storedId = UuidV7.next();
            store.push("acme", List.of(confirmed(storedId, "booking-stored", 1, "desk-1")));

            List<Object> results = pushQueuedBehindAHeldRow(chain, store, List.of(
                    List.of(confirmed("booking-a", 1)),
                    List.of(confirmed("booking-b", 1), confirmed("booking-b", 2)),
                    List.of(confirmed("booking-a", 1)), // behind the first: booking-a is at 1 by then
                    List.of(confirmed(storedId, "booking-stored", 1, "desk-2")), // the id with other content
                    List.of(confirmed("booking-c", 1)),
                    List.of(confirmed("booking-a", 2))));

            // The first push was written alone once the row was free; the five behind it in one transaction.
            assertThat(store.pushesWrittenTogether()).isEqualTo(5);
            assertThat(statuses(results.get(0))).containsExactly(PushResult.Status.ACCEPTED);
            assertThat(statuses(results.get(1))).containsExactly(PushResult.Status.ACCEPTED, PushResult.Status.ACCEPTED);
            assertThat(statuses(results.get(2))).containsExactly(PushResult.Status.CONFLICT);
            assertThat(results.get(3)).isInstanceOf(EventIdCollision.class);
            assertThat(statuses(results.get(4))).containsExactly(PushResult.Status.ACCEPTED);
            assertThat(statuses(results.get(5))).containsExactly(PushResult.Status.ACCEPTED);
            // Positions follow the order of arrival, without gaps; the refused push took none.
            assertThat(positions(results.get(0))).containsExactly(2L);
            assertThat(positions(results.get(1))).containsExactly(3L, 4L);
            assertThat(positions(results.get(4))).containsExactly(5L);
            assertThat(positions(results.get(5))).containsExactly(6L);
            assertThat(((PushResponse) results.get(5)).head()).isEqualTo(6);
            assertThat(store.pull("acme", 0, 100).events()).extracting(EventEnvelope::globalPosition)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, 6).boxed().toList());
        }
    }

    @Test
    void aPushThatFailsTheGroupsTransactionFailsAloneAndTheOthersAreStored() throws Exception {
        try (TestChain chain = TestChain.create("group-commit-failure")) {
            chain.tenant("acme");
            CentralEventStore store = chain.store().events();
            store.push("acme", List.of(confirmed("booking-first", 1)));
            // PostgreSQL's jsonb refuses the NUL character: the insert of this push fails inside the group.
            EventEnvelope unstorable = confirmed("booking-nul", 1);
            ObjectNode payload = unstorable.payload().deepCopy().put("note", "bad\u0000byte");
            unstorable = new EventEnvelope(unstorable.id(), unstorable.type(), unstorable.streamId(),
                    unstorable.version(), unstorable.timestamp(), payload, unstorable.metadata(), null);

            List<Object> results = pushQueuedBehindAHeldRow(chain, store, List.of(
                    List.of(confirmed("booking-a", 1)),
                    List.of(confirmed("booking-b", 1)),
                    List.of(unstorable),
                    List.of(confirmed("booking-c", 1))));

            assertThat(store.pushesWrittenTogether()).as("the failed group is not counted").isZero();
            assertThat(statuses(results.get(0))).containsExactly(PushResult.Status.ACCEPTED);
            assertThat(statuses(results.get(1))).containsExactly(PushResult.Status.ACCEPTED);
            assertThat(results.get(2)).isInstanceOf(DataAccessException.class);
            assertThat(statuses(results.get(3))).containsExactly(PushResult.Status.ACCEPTED);
            assertThat(positions(results.get(0))).containsExactly(2L);
            assertThat(positions(results.get(1))).containsExactly(3L);
            assertThat(positions(results.get(3))).containsExactly(4L);
            assertThat(store.pull("acme", 0, 100).events()).extracting(EventEnvelope::streamId)
                    .containsExactly("booking-first", "booking-a", "booking-b", "booking-c");
        }
    }

    /**
     * Holds the tenant's row as another server instance's push would, and starts the pushes one after the
     * other: the first waits for the row inside its transaction, the others queue up behind it. Then lets go
     * and returns each push's answer, or the exception it was refused with.
     */
    private static List<Object> pushQueuedBehindAHeldRow(TestChain chain, CentralEventStore store,
                                                         List<List<EventEnvelope>> batches) throws Exception {
        ExecutorService desks = Executors.newFixedThreadPool(batches.size());
        List<Future<Object>> answers = new ArrayList<>();
        List<Thread> pushing = new ArrayList<>();
        try (Connection holder = DriverManager.getConnection(chain.settings().jdbcUrl(), chain.settings().user(),
                chain.settings().password())) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "SELECT head_position FROM tenants WHERE tenant_id = 'acme' FOR UPDATE")) {
                lock.executeQuery().close();
            }
            for (List<EventEnvelope> batch : batches) {
                answers.add(desks.submit(() -> {
                    synchronized (pushing) {
                        pushing.add(Thread.currentThread());
                    }
                    try {
                        return store.push("acme", batch);
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
                // One at a time, so that they arrive in this order.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (System.nanoTime() < deadline && !allWaiting(pushing, answers.size())) {
                    Thread.sleep(5);
                }
                assertThat(allWaiting(pushing, answers.size())).as("push %d is waiting", answers.size()).isTrue();
            }
            holder.rollback();
        }
        List<Object> results = new ArrayList<>();
        for (Future<Object> answer : answers) {
            results.add(answer.get(30, TimeUnit.SECONDS));
        }
        desks.shutdown();
        return results;
    }

    /** Whether the first {@code count} pushing threads are all blocked: on the row, or queued behind it. */
    private static boolean allWaiting(List<Thread> pushing, int count) {
        synchronized (pushing) {
            if (pushing.size() < count) {
                return false;
            }
            return pushing.stream().allMatch(t -> t.getState() == Thread.State.WAITING
                    || t.getState() == Thread.State.TIMED_WAITING
                    || t.getState() == Thread.State.RUNNABLE && inSocketRead(t));
        }
    }

    /** The push holding the queue waits for PostgreSQL's answer, a socket read. */
    private static boolean inSocketRead(Thread t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().startsWith("org.postgresql.core.PGStream")) {
                return true;
            }
        }
        return false;
    }

    private static List<PushResult.Status> statuses(Object answer) {
        return ((PushResponse) answer).results().stream().map(PushResult::status).toList();
    }

    private static List<Long> positions(Object answer) {
        return ((PushResponse) answer).results().stream().map(PushResult::globalPosition).toList();
    }
}
