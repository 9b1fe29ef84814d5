package com.salondesk.persistence.desk;

import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Migration 5: the booking read model keeps a cancellation's category ({@code cancel_category}) beside its note.
 * A new, empty generation of {@code booking_projections} replaces the live one and its checkpoint goes back to 0,
 * so the desk refills it from the log when it starts: every cancelled booking gets its category, and one
 * cancelled before categories existed reads as OTHER.
 */
public final class V5__BookingCancelCategory extends BaseJavaMigration {

    /** The booking projection's name ({@code BookingProjection.NAME}; the projection package sits above this one). */
    static final String BOOKINGS = "booking_projections";

    /** The tables of the new generation; {@code {schema}} is its schema. */
    static final List<String> DDL = List.of("""
            CREATE TABLE {schema}.booking_projections (
                id              VARCHAR(255)  PRIMARY KEY,
                customer_id     VARCHAR(255)  NOT NULL,
                branch_id       VARCHAR(255)  NOT NULL,
                staff_id        VARCHAR(255)  NOT NULL,
                service_id      VARCHAR(255)  NOT NULL,
                status          VARCHAR(50)   NOT NULL,
                scheduled_at    TIMESTAMP WITH TIME ZONE NOT NULL,
                ends_at         TIMESTAMP WITH TIME ZONE NOT NULL,
                total_amount    DECIMAL(10, 2) NOT NULL,
                currency        CHAR(3)       NOT NULL,
                cancel_reason   VARCHAR(500),
                created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
                updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
                tenant_id       VARCHAR(255)  NOT NULL,
                cancel_category VARCHAR(30)
            )""",
            "CREATE INDEX {schema}.booking_projections_branch_time ON {schema}.booking_projections (branch_id, scheduled_at)",
            "CREATE INDEX {schema}.booking_projections_customer ON {schema}.booking_projections (customer_id)");

    @Override
    public void migrate(Context context) {
        ReadModelSchemas.replaceWithEmptyGeneration(DSL.using(context.getConnection(), SQLDialect.H2, DeskDatabase.settings()),
                BOOKINGS, DDL);
    }

    /** H2 commits DDL on its own, and the checkpoint moves in a transaction of its own. */
    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }
}
