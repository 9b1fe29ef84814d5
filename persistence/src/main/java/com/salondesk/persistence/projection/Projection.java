package com.salondesk.persistence.projection;

import com.salondesk.persistence.desk.RecordedEvent;
import org.jooq.DSLContext;

/**
 * A read model kept in tables beside the log. The runner calls {@link #apply} for every event in log
 * order inside a transaction that also moves the projection's checkpoint, so each event takes effect
 * exactly once.
 */
public interface Projection {

    /** Stable name; the checkpoint is stored under it. */
    String name();

    /** Whether {@link #apply} would change anything for this event; others are passed over without a write. */
    boolean handles(RecordedEvent event);

    /** Updates the read model for one event it {@link #handles handles}. */
    void apply(DSLContext tx, RecordedEvent event);

    /** Empties the read model, before a rebuild from the start of the log. */
    void reset(DSLContext tx);

    /**
     * The tables this projection writes, unqualified. A rebuild builds copies of them in a schema of
     * their own beside the live ones and swaps the contents in one transaction.
     */
    java.util.List<String> tables();
}
