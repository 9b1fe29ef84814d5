package com.salondesk.persistence.runtime;

import com.salondesk.persistence.desk.DeskSchema.Processed;
import com.salondesk.persistence.desk.RecordedEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;

/**
 * What a {@link Worker} runs: a projection or an event handler, seen through the few ways they differ.
 * Everything else (reading the log, the retry schedule, the timeout, the checkpoint, the status) is the
 * worker's and the same for both.
 */
sealed interface Processor permits Processor.OfProjection, Processor.OfHandler {

    String name();

    boolean takes(RecordedEvent event);

    RetryPolicy retryPolicy();

    Duration timeout();

    /**
     * True when a failing unit holds back the whole log (a projection: its rows and checkpoint must follow
     * the log exactly); false when it holds back only its own stream (a handler: other streams go on).
     */
    boolean wholeLogInOrder();

    /** How far the stored checkpoint may fall behind when only events it does not take were passed over. */
    long maxUnsaved();

    /** How long pushed events may wait so that more of them share one unit. */
    long gatherNanos();

    /** Splits events read after the checkpoint, in order, into the units it processes. */
    List<Unit> unitsOf(List<RecordedEvent> events, long after);

    /** Processes one unit inside {@code tx}; throwing rolls the unit back and counts as a failed attempt. */
    void process(DSLContext tx, Unit unit, int attempt) throws Exception;

    /**
     * Events taken together, covering log positions {@code after + 1 .. last}; a unit succeeds or fails
     * whole. {@code key} names what waits behind it when it fails.
     */
    record Unit(String key, List<RecordedEvent> events, long after, long last) {
    }

    /** A read model: whole batches in one transaction with its checkpoint, retried until they succeed. */
    record OfProjection(Projection projection) implements Processor {

        /** Its units all share this key: while one fails, the whole log waits. */
        static final String WHOLE_LOG = "";
        /**
         * How long new events may wait so that more of them share one transaction: below what a person
         * notices on screen; under load it turns many small commits into a few larger ones.
         */
        static final long GATHER_NANOS = 5_000_000;
        /** A projection passing over events it does not take stores its checkpoint at most this far behind. */
        static final long MAX_UNSAVED = 1_000;

        @Override
        public String name() {
            return projection.name();
        }

        @Override
        public boolean takes(RecordedEvent event) {
            return projection.handles(event);
        }

        @Override
        public RetryPolicy retryPolicy() {
            return projection.retryPolicy();
        }

        @Override
        public Duration timeout() {
            return projection.timeout();
        }

        @Override
        public boolean wholeLogInOrder() {
            return true;
        }

        @Override
        public long maxUnsaved() {
            return MAX_UNSAVED;
        }

        @Override
        public long gatherNanos() {
            return GATHER_NANOS;
        }

        @Override
        public List<Unit> unitsOf(List<RecordedEvent> events, long after) {
            List<RecordedEvent> taken = events.stream().filter(projection::handles).toList();
            return taken.isEmpty() ? List.of() : List.of(new Unit(WHOLE_LOG, taken, after, events.getLast().position()));
        }

        @Override
        public void process(DSLContext tx, Unit unit, int attempt) {
            // The checkpoint moves only from where this worker left it. An earlier attempt that ran past its
            // timeout may still commit; then this one finds the unit applied, and neither applies it twice.
            long stored = Checkpoints.lock(tx, name());
            if (stored >= unit.last()) {
                return;
            }
            if (stored > unit.after()) {
                throw new IllegalStateException("the checkpoint of " + name() + " is at " + stored
                        + ", past " + unit.after() + " where this worker stands; is a second desk running on this folder?");
            }
            projection.applyAll(tx, unit.events());
            Checkpoints.write(tx, name(), unit.last());
        }
    }

    /**
     * A handler: one event at a time, in stream order, recorded in {@code processed_events} in the same
     * transaction as the handler's own writes so that a redelivered event is passed over.
     */
    record OfHandler(EventHandler handler, Clock clock) implements Processor {

        @Override
        public String name() {
            return handler.name();
        }

        @Override
        public boolean takes(RecordedEvent event) {
            return handler.eventTypes().contains(event.type());
        }

        @Override
        public RetryPolicy retryPolicy() {
            return handler.retryPolicy();
        }

        @Override
        public Duration timeout() {
            return handler.timeout();
        }

        @Override
        public boolean wholeLogInOrder() {
            return false;
        }

        @Override
        public long maxUnsaved() {
            return 1;
        }

        @Override
        public long gatherNanos() {
            return 0;
        }

        @Override
        public List<Unit> unitsOf(List<RecordedEvent> events, long after) {
            return events.stream().filter(this::takes)
                    .map(e -> new Unit(e.streamId(), List.of(e), e.position() - 1, e.position())).toList();
        }

        @Override
        public void process(DSLContext tx, Unit unit, int attempt) throws Exception {
            RecordedEvent event = unit.events().getFirst();
            if (tx.fetchExists(Processed.TABLE,
                    Processed.HANDLER.eq(name())
                            .and(Processed.EVENT_ID.eq(event.id())))) {
                return;
            }
            handler.handle(new HandlerContext(tx, attempt), event);
            tx.insertInto(Processed.TABLE)
                    .set(Processed.HANDLER, name())
                    .set(Processed.EVENT_ID, event.id())
                    .set(Processed.PROCESSED_AT,
                            clock.instant().atOffset(ZoneOffset.UTC))
                    .execute();
        }
    }
}
