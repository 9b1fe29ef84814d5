package com.salondesk.persistence.desk;

import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Migration 80: the dashboard's read model — the branches and stylists it needs for business days and working time,
 * one row per booking with its day, length, price and status, and one row per payment or refund with its day. It
 * starts empty, its checkpoint at 0, and the desk fills it from the log when it starts.
 */
public final class V80__Dashboard extends BaseJavaMigration {

    /** The dashboard projection's name ({@code DashboardProjection.NAME}; the projection package sits above this one). */
    static final String DASHBOARD = "dashboard_figures";

    static final List<String> DDL = List.of("""
            CREATE TABLE {schema}.dashboard_branches (
                branch_id      VARCHAR(255)  PRIMARY KEY,
                name           VARCHAR(500)  NOT NULL,
                time_zone      VARCHAR(100)  NOT NULL,
                currency       CHAR(3)       NOT NULL,
                opening_hours  CHARACTER VARYING NOT NULL
            )""", """
            CREATE TABLE {schema}.dashboard_staff (
                staff_id       VARCHAR(255)  PRIMARY KEY,
                branch_id      VARCHAR(255)  NOT NULL,
                name           VARCHAR(500)  NOT NULL,
                role           VARCHAR(30)   NOT NULL,
                working_hours  CHARACTER VARYING NOT NULL
            )""", """
            CREATE TABLE {schema}.dashboard_bookings (
                booking_id     VARCHAR(255)  PRIMARY KEY,
                branch_id      VARCHAR(255)  NOT NULL,
                staff_id       VARCHAR(255)  NOT NULL,
                customer_id    VARCHAR(255)  NOT NULL,
                business_date  DATE          NOT NULL,
                starts_at      TIMESTAMP WITH TIME ZONE NOT NULL,
                minutes        INT           NOT NULL,
                price          DECIMAL(19, 4) NOT NULL,
                currency       CHAR(3)       NOT NULL,
                status         VARCHAR(20)   NOT NULL,
                holds_time     BOOLEAN       NOT NULL
            )""",
            "CREATE INDEX {schema}.dashboard_bookings_day ON {schema}.dashboard_bookings (branch_id, business_date)",
            "CREATE INDEX {schema}.dashboard_bookings_date ON {schema}.dashboard_bookings (business_date)",
            "CREATE INDEX {schema}.dashboard_bookings_customer ON {schema}.dashboard_bookings (customer_id, starts_at)", """
            CREATE TABLE {schema}.dashboard_money (
                entry_id       VARCHAR(255)  PRIMARY KEY,
                payment_id     VARCHAR(255)  NOT NULL,
                branch_id      VARCHAR(255)  NOT NULL,
                business_date  DATE          NOT NULL,
                tender         VARCHAR(20)   NOT NULL,
                amount         DECIMAL(19, 4) NOT NULL,
                currency       CHAR(3)       NOT NULL
            )""",
            "CREATE INDEX {schema}.dashboard_money_day ON {schema}.dashboard_money (business_date, branch_id)",
            "CREATE INDEX {schema}.dashboard_money_payment ON {schema}.dashboard_money (payment_id)");

    @Override
    public void migrate(Context context) {
        DSLContext dsl = DSL.using(context.getConnection(), SQLDialect.H2, DeskDatabase.settings());
        ReadModelSchemas.createFirstGeneration(dsl, DASHBOARD, DDL);
    }

    /** H2 commits DDL on its own, and the checkpoint moves in a transaction of its own. */
    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }
}
