package com.salondesk.persistence.desk;

import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Migration 90: the waitlist's read model ({@code waitlist_entries}), empty with its checkpoint at 0; the desk fills
 * it from the log when it starts.
 */
public final class V90__Waitlist extends BaseJavaMigration {

    /** The waitlist projection's name ({@code WaitlistProjection.NAME}; the projection package sits above this one). */
    static final String WAITLIST = "waitlist_entries";

    static final List<String> DDL = List.of("""
            CREATE TABLE {schema}.waitlist_entries (
                entry_id          VARCHAR(64)   PRIMARY KEY,
                customer_id       VARCHAR(255)  NOT NULL,
                branch_id         VARCHAR(255)  NOT NULL,
                service_id        VARCHAR(255)  NOT NULL,
                staff_id          VARCHAR(255),
                wanted_from       DATE          NOT NULL,
                wanted_to         DATE          NOT NULL,
                earliest          TIME,
                latest            TIME,
                note              VARCHAR(1000) NOT NULL,
                status            VARCHAR(20)   NOT NULL,
                joined_position   BIGINT        NOT NULL,
                joined_at         TIMESTAMP WITH TIME ZONE NOT NULL,
                offer_id          VARCHAR(64),
                freed_booking_id  VARCHAR(255),
                offer_staff_id    VARCHAR(255),
                offer_start       TIMESTAMP,
                offer_end         TIMESTAMP,
                offer_device_id   VARCHAR(255),
                booking_id        VARCHAR(255),
                left_reason       VARCHAR(1000)
            )""",
            "CREATE INDEX {schema}.waitlist_entries_branch ON {schema}.waitlist_entries (branch_id, status, joined_position)");

    @Override
    public void migrate(Context context) {
        DSLContext dsl = DSL.using(context.getConnection(), SQLDialect.H2, DeskDatabase.settings());
        ReadModelSchemas.createFirstGeneration(dsl, WAITLIST, DDL);
    }

    /** H2 commits DDL on its own, and the checkpoint moves in a transaction of its own. */
    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }
}
