package com.salondesk.persistence.desk;

import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Migration 7: the appointment book knows which bookings lost their time to another desk's booking
 * ({@code booking_projections.time_lost}), and the Needs-attention list gets a read model of its own
 * ({@code attention_entries}). Both start empty, checkpoints at 0, and the desk fills them from the log when it
 * starts.
 */
public final class V7__NeedsAttention extends BaseJavaMigration {

    /** The attention projection's name ({@code AttentionProjection.NAME}; the projection package sits above this one). */
    static final String ATTENTION = "attention_entries";

    /** The booking read model as V5 left it, with {@code time_lost}. */
    static final List<String> BOOKINGS_DDL;

    static {
        List<String> ddl = new ArrayList<>(V5__BookingCancelCategory.DDL);
        ddl.set(0, ddl.getFirst().replace("cancel_category VARCHAR(30)\n",
                "cancel_category VARCHAR(30),\n    time_lost       BOOLEAN       DEFAULT FALSE NOT NULL\n"));
        if (!ddl.getFirst().contains("time_lost")) {
            throw new IllegalStateException("V5's booking table no longer ends with cancel_category: " + ddl.getFirst());
        }
        BOOKINGS_DDL = List.copyOf(ddl);
    }

    static final List<String> ATTENTION_DDL = List.of("""
            CREATE TABLE {schema}.attention_entries (
                entry_id             VARCHAR(64)   PRIMARY KEY,
                kind                 VARCHAR(30)   NOT NULL,
                booking_id           VARCHAR(255)  NOT NULL,
                rival_booking_ids    CHARACTER VARYING NOT NULL,
                rejection_code       VARCHAR(100)  NOT NULL,
                rejection_arguments  CHARACTER VARYING NOT NULL,
                superseded_event_id  VARCHAR(64)   NOT NULL,
                superseded_type      VARCHAR(100)  NOT NULL,
                superseded_stream_id VARCHAR(500)  NOT NULL,
                device_id            VARCHAR(255)  NOT NULL,
                raised_at            TIMESTAMP WITH TIME ZONE NOT NULL,
                resolution           VARCHAR(30),
                resolved_by          VARCHAR(255),
                resolved_at          TIMESTAMP WITH TIME ZONE,
                tenant_id            VARCHAR(255)  NOT NULL
            )""",
            "CREATE INDEX {schema}.attention_entries_device ON {schema}.attention_entries (device_id, resolution)");

    @Override
    public void migrate(Context context) {
        DSLContext dsl = DSL.using(context.getConnection(), SQLDialect.H2, DeskDatabase.settings());
        ReadModelSchemas.replaceWithEmptyGeneration(dsl, V5__BookingCancelCategory.BOOKINGS, BOOKINGS_DDL);
        ReadModelSchemas.createFirstGeneration(dsl, ATTENTION, ATTENTION_DDL);
    }

    /** H2 commits DDL on its own, and the checkpoints move in transactions of their own. */
    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }
}
