package com.salondesk.persistence.runtime;

import com.salondesk.persistence.desk.RecordedEvent;
import java.time.Duration;
import java.util.Set;

/**
 * Something that reacts to events after they are recorded: a saga step, a notifier, an inventory
 * updater. It names the wire types it takes; the runtime gives it every such event once, in log order
 * (so in stream order), on a thread of its own, with retries, a timeout and a dead-letter table.
 */
public interface EventHandler {

    /** Stable name; checkpoints, processed-event records and dead letters are kept under it. */
    String name();

    /** The wire names ({@code booking.created}) this handler takes; checked against the registry. */
    Set<String> eventTypes();

    /**
     * Handles one event. Throwing means "try again later"; database writes made through
     * {@link HandlerContext#transaction()} are rolled back with the failure.
     */
    void handle(HandlerContext context, RecordedEvent event) throws Exception;

    default RetryPolicy retryPolicy() {
        return RetryPolicy.DEFAULT;
    }

    /** How long one attempt may take before it counts as failed. */
    default Duration timeout() {
        return Duration.ofSeconds(30);
    }
}
