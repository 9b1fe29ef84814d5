package com.salondesk.persistence.desk;

import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Migration 40: the booking confirmation sagas get a read model ({@code booking_sagas}): where each booking's saga
 * stands and until when its current step may take, for the book's marks and the desk's deadline scheduler. It starts
 * empty with its checkpoint at 0; the desk fills it from the log when it starts.
 */
public final class V40__BookingSagas extends BaseJavaMigration {

    /** The saga projection's name ({@code BookingSagaProjection.NAME}; the projection package sits above this one). */
    static final String SAGAS = BookingSagaTable.NAME;

    static final List<String> DDL = List.of("""
            CREATE TABLE {schema}.booking_sagas (
                booking_id    VARCHAR(255)  PRIMARY KEY,
                device_id     VARCHAR(255)  NOT NULL,
                stage         VARCHAR(30)   NOT NULL,
                current_step  VARCHAR(30)   NOT NULL,
                deadline      TIMESTAMP WITH TIME ZONE,
                reason_code   VARCHAR(100),
                updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
                tenant_id     VARCHAR(255)  NOT NULL
            )""",
            "CREATE INDEX {schema}.booking_sagas_deadline ON {schema}.booking_sagas (device_id, deadline)");

    @Override
    public void migrate(Context context) {
        ReadModelSchemas.createFirstGeneration(DSL.using(context.getConnection(), SQLDialect.H2, DeskDatabase.settings()),
                SAGAS, DDL);
    }

    /** H2 commits DDL on its own, and the checkpoints move in transactions of their own. */
    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }
}
