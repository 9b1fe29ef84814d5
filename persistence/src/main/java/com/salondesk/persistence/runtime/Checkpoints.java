package com.salondesk.persistence.runtime;

import static com.salondesk.persistence.desk.DeskSchema.Checkpoints.HANDLER;
import static com.salondesk.persistence.desk.DeskSchema.Checkpoints.POSITION;
import static com.salondesk.persistence.desk.DeskSchema.Checkpoints.TABLE;
import static com.salondesk.persistence.desk.DeskSchema.Checkpoints.UPDATED_AT;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;

/**
 * The one checkpoint store of the {@link EventRuntime}: how far each projection and handler has settled the
 * log, read and moved inside the caller's transaction.
 */
public final class Checkpoints {

    private Checkpoints() {
    }

    public static long read(DSLContext ctx, String handler) {
        Long position = ctx.select(POSITION).from(TABLE).where(HANDLER.eq(handler)).fetchOne(POSITION);
        return position == null ? 0 : position;
    }

    /**
     * Reads the checkpoint and locks it until the transaction ends, so that two attempts at the same unit
     * (one of them past its timeout) take turns, and the second finds the first's work.
     */
    static long lock(DSLContext tx, String handler) {
        Long position = tx.select(POSITION).from(TABLE).where(HANDLER.eq(handler)).forUpdate().fetchOne(POSITION);
        if (position == null) {
            throw new IllegalStateException("there is no checkpoint row for " + handler + " to lock");
        }
        return position;
    }

    /** Makes sure a checkpoint row exists, at 0 for one never stored, so that it can be locked. */
    static long readOrCreate(DSLContext ctx, String handler) {
        Long position = ctx.select(POSITION).from(TABLE).where(HANDLER.eq(handler)).fetchOne(POSITION);
        if (position == null) {
            write(ctx, handler, 0);
            return 0;
        }
        return position;
    }

    public static void write(DSLContext tx, String handler, long position) {
        tx.mergeInto(TABLE).columns(HANDLER, POSITION, UPDATED_AT)
                .key(HANDLER)
                .values(handler, position, OffsetDateTime.now(ZoneOffset.UTC))
                .execute();
    }
}
