package com.salondesk.persistence.runtime;

import com.salondesk.persistence.desk.RecordedEvent;
import java.time.Duration;
import java.util.List;
import org.jooq.DSLContext;

/**
 * A read model kept in tables beside the log. The {@link EventRuntime} calls {@link #applyAll} with the
 * events it handles, in log order, inside a transaction that also moves the projection's checkpoint, so each
 * event takes effect exactly once.
 */
public interface Projection {

    /** Stable name; the checkpoint is stored under it. */
    String name();

    /** Whether {@link #apply} would change anything for this event; others are passed over without a write. */
    boolean handles(RecordedEvent event);

    /** Updates the read model for one event it {@link #handles handles}. */
    void apply(DSLContext tx, RecordedEvent event);

    /**
     * Applies events it handles, in order, within one transaction. Projections that replay a lot may
     * override this to batch their writes; the result must equal applying them one by one.
     */
    default void applyAll(DSLContext tx, List<RecordedEvent> events) {
        for (RecordedEvent e : events) {
            apply(tx, e);
        }
    }

    /**
     * A replay into empty tables (a rebuild beside the live model). By default each batch is applied with
     * {@link #applyAll}; a projection may keep rows in memory across batches, bounded, and write each once.
     */
    default Replay startReplay() {
        return new Replay() {
            @Override
            public void apply(DSLContext tx, List<RecordedEvent> events) {
                applyAll(tx, events);
            }

            @Override
            public void finish(DSLContext tx) {
            }
        };
    }

    /** One replay: batches in log order, each in a transaction of its own, then {@link #finish}. */
    interface Replay {
        /** Applies the next batch; may leave some of its effect in memory until later. */
        void apply(DSLContext tx, List<RecordedEvent> events);

        /** Writes whatever is still held in memory. */
        void finish(DSLContext tx);
    }

    /**
     * How a failing batch is retried. A projection cannot give up on an event as a handler can (the read
     * model would be silently wrong), so by default it retries until the cause is fixed.
     */
    default RetryPolicy retryPolicy() {
        return RetryPolicy.UNTIL_FIXED;
    }

    /** How long one batch may take before the attempt counts as failed. */
    default Duration timeout() {
        return Duration.ofSeconds(30);
    }

    /** Empties the read model, before a rebuild from the start of the log. */
    void reset(DSLContext tx);

    /**
     * The tables this projection writes, unqualified. A rebuild builds copies of them in a schema of
     * their own beside the live ones and swaps the contents in one transaction.
     */
    List<String> tables();
}
