package com.salondesk.persistence.projection;

import static com.salondesk.persistence.desk.DeskSchema.Checkpoints.HANDLER;
import static com.salondesk.persistence.desk.DeskSchema.Checkpoints.POSITION;
import static com.salondesk.persistence.desk.DeskSchema.Checkpoints.TABLE;
import static com.salondesk.persistence.desk.DeskSchema.Checkpoints.UPDATED_AT;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;

/** Reads and moves handler checkpoints, always inside the caller's transaction. */
public final class Checkpoints {

    private Checkpoints() {
    }

    public static long read(DSLContext ctx, String handler) {
        Long position = ctx.select(POSITION).from(TABLE).where(HANDLER.eq(handler)).fetchOne(POSITION);
        return position == null ? 0 : position;
    }

    public static void write(DSLContext tx, String handler, long position) {
        tx.mergeInto(TABLE).columns(HANDLER, POSITION, UPDATED_AT)
                .key(HANDLER)
                .values(handler, position, OffsetDateTime.now(ZoneOffset.UTC))
                .execute();
    }
}
