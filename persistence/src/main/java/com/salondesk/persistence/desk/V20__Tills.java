package com.salondesk.persistence.desk;

import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Migration 20: the till read model ({@code tills}, see {@link TillTables}): each till's day with its expected
 * cash, its movements, and each branch's takings per business day for the day-close report. Starts empty,
 * checkpoint at 0; the desk fills it from the log when it starts.
 */
public final class V20__Tills extends BaseJavaMigration {

    /** The till projection's name ({@code TillProjection.NAME}; the projection package sits above this one). */
    static final String TILLS = "tills";

    static final List<String> DDL = List.of("""
            CREATE TABLE {schema}.tills (
                till_id           VARCHAR(64)    PRIMARY KEY,
                branch_id         VARCHAR(255)   NOT NULL,
                device_id         VARCHAR(255)   NOT NULL,
                business_day      DATE           NOT NULL,
                currency          CHAR(3)        NOT NULL,
                opening_float     DECIMAL(19, 4) NOT NULL,
                cash_in           DECIMAL(19, 4) DEFAULT 0 NOT NULL,
                cash_out          DECIMAL(19, 4) DEFAULT 0 NOT NULL,
                cash_taken        DECIMAL(19, 4) DEFAULT 0 NOT NULL,
                cash_refunded     DECIMAL(19, 4) DEFAULT 0 NOT NULL,
                counted           DECIMAL(19, 4),
                expected_at_close DECIMAL(19, 4),
                difference        DECIMAL(19, 4),
                opened_by         VARCHAR(255)   NOT NULL,
                opened_at         TIMESTAMP WITH TIME ZONE NOT NULL,
                closed_by         VARCHAR(255),
                closed_at         TIMESTAMP WITH TIME ZONE,
                tenant_id         VARCHAR(255)   NOT NULL
            )""",
            "CREATE INDEX {schema}.tills_device ON {schema}.tills (device_id, closed_at)",
            "CREATE INDEX {schema}.tills_branch_day ON {schema}.tills (branch_id, business_day)",
            """
            CREATE TABLE {schema}.till_movements (
                till_id   VARCHAR(64)    NOT NULL,
                position  BIGINT         NOT NULL,
                kind      VARCHAR(10)    NOT NULL,
                amount    DECIMAL(19, 4) NOT NULL,
                reason    VARCHAR(500)   NOT NULL,
                by_user   VARCHAR(255)   NOT NULL,
                at        TIMESTAMP WITH TIME ZONE NOT NULL,
                PRIMARY KEY (till_id, position, kind)
            )""",
            """
            CREATE TABLE {schema}.takings_days (
                branch_id    VARCHAR(255)   NOT NULL,
                business_day DATE           NOT NULL,
                figure       VARCHAR(40)    NOT NULL,
                currency     CHAR(3)        NOT NULL,
                amount       DECIMAL(19, 4) NOT NULL,
                entries      BIGINT         NOT NULL,
                PRIMARY KEY (branch_id, business_day, figure, currency)
            )""",
            """
            CREATE TABLE {schema}.takings_payments (
                payment_id VARCHAR(64)  PRIMARY KEY,
                branch_id  VARCHAR(255) NOT NULL,
                purpose    VARCHAR(20)  NOT NULL
            )""",
            """
            CREATE TABLE {schema}.takings_branches (
                branch_id VARCHAR(255) PRIMARY KEY,
                time_zone VARCHAR(100) NOT NULL
            )""");

    @Override
    public void migrate(Context context) {
        DSLContext dsl = DSL.using(context.getConnection(), SQLDialect.H2, DeskDatabase.settings());
        ReadModelSchemas.createFirstGeneration(dsl, TILLS, DDL);
    }

    /** H2 commits DDL on its own, and the checkpoint moves in a transaction of its own. */
    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }
}
