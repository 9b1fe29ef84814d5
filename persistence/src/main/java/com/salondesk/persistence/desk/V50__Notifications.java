package com.salondesk.persistence.desk;

import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Migration 50: the outbox of customer messages gets a read model ({@code notifications}): what the Messages screen
 * lists and where the sender looks for messages due. It starts empty, checkpoint at 0; the desk fills it from the
 * log when it starts.
 */
public final class V50__Notifications extends BaseJavaMigration {

    /** The notification projection's name ({@code NotificationProjection.NAME}; the projection package sits above). */
    static final String NOTIFICATIONS = "notifications";

    static final List<String> DDL = List.of("""
            CREATE TABLE {schema}.notifications (
                notification_id    VARCHAR(64)   PRIMARY KEY,
                kind               VARCHAR(40)   NOT NULL,
                recipient          VARCHAR(320)  NOT NULL,
                language           VARCHAR(10)   NOT NULL,
                subject            CHARACTER VARYING NOT NULL,
                announced_event_id VARCHAR(64)   NOT NULL,
                booking_id         VARCHAR(255)  NOT NULL,
                branch_id          VARCHAR(255)  NOT NULL,
                customer_id        VARCHAR(255)  NOT NULL,
                device_id          VARCHAR(255)  NOT NULL,
                status             VARCHAR(20)   NOT NULL,
                failed_attempts    INT           DEFAULT 0 NOT NULL,
                last_error         CHARACTER VARYING,
                queued_at          TIMESTAMP WITH TIME ZONE NOT NULL,
                due_at             TIMESTAMP WITH TIME ZONE NOT NULL,
                sent_at            TIMESTAMP WITH TIME ZONE,
                changed_at         TIMESTAMP WITH TIME ZONE NOT NULL
            )""",
            "CREATE INDEX {schema}.notifications_due ON {schema}.notifications (device_id, status, due_at)",
            "CREATE INDEX {schema}.notifications_changed ON {schema}.notifications (changed_at)");

    @Override
    public void migrate(Context context) {
        DSLContext dsl = DSL.using(context.getConnection(), SQLDialect.H2, DeskDatabase.settings());
        ReadModelSchemas.createFirstGeneration(dsl, NOTIFICATIONS, DDL);
    }

    /** H2 commits DDL on its own, and the checkpoint moves in a transaction of its own. */
    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }
}
