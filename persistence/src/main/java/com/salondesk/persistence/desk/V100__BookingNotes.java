package com.salondesk.persistence.desk;

import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Migration 100: the booking read model keeps the desk's notes on a booking ({@code booking_projections.notes},
 * written by {@code booking.details-changed}), so the book's edit dialog and the day sheet show them. A new, empty
 * generation replaces the live one, and the desk refills it from the log when it starts.
 */
public final class V100__BookingNotes extends BaseJavaMigration {

    /** The booking read model as V7 left it, with {@code notes}. */
    static final List<String> BOOKINGS_DDL;

    static {
        List<String> ddl = new ArrayList<>(V7__NeedsAttention.BOOKINGS_DDL);
        String table = ddl.getFirst();
        String last = "time_lost       BOOLEAN       DEFAULT FALSE NOT NULL\n";
        if (!table.contains(last)) {
            throw new IllegalStateException("V7's booking table no longer ends with time_lost: " + table);
        }
        ddl.set(0, table.replace(last, "time_lost       BOOLEAN       DEFAULT FALSE NOT NULL,\n"
                + "    notes           CHARACTER VARYING DEFAULT '' NOT NULL\n"));
        BOOKINGS_DDL = List.copyOf(ddl);
    }

    @Override
    public void migrate(Context context) {
        ReadModelSchemas.replaceWithEmptyGeneration(DSL.using(context.getConnection(), SQLDialect.H2,
                DeskDatabase.settings()), V5__BookingCancelCategory.BOOKINGS, BOOKINGS_DDL);
    }

    /** H2 commits DDL on its own, and the checkpoint moves in a transaction of its own. */
    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }
}
