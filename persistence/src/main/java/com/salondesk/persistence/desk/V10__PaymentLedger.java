package com.salondesk.persistence.desk;

import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Migration 10: the payment ledger read model (payments, refunds, checkouts, gift vouchers per branch and business
 * day). It starts empty at checkpoint 0, and the desk fills it from the log when it starts.
 */
public final class V10__PaymentLedger extends BaseJavaMigration {

    /** The payment ledger projection's name ({@code PaymentLedgerProjection.NAME}). */
    static final String LEDGER = "payment_ledger";

    static final List<String> DDL = List.of("""
            CREATE TABLE {schema}.payment_ledger (
                payment_id    VARCHAR(255)   PRIMARY KEY,
                branch_id     VARCHAR(255)   NOT NULL,
                device_id     VARCHAR(255)   NOT NULL,
                purpose       VARCHAR(20)    NOT NULL,
                booking_id    VARCHAR(255),
                checkout_id   VARCHAR(255),
                customer_id   VARCHAR(255),
                tender        VARCHAR(20),
                status        VARCHAR(20)    NOT NULL,
                amount        DECIMAL(21, 4) NOT NULL,
                currency      CHAR(3)        NOT NULL,
                cash_received DECIMAL(21, 4),
                change_given  DECIMAL(21, 4),
                reference     VARCHAR(255),
                voucher_code  VARCHAR(64),
                refunded      DECIMAL(21, 4) DEFAULT 0 NOT NULL,
                at            TIMESTAMP WITH TIME ZONE NOT NULL,
                business_date DATE           NOT NULL
            )""",
            "CREATE INDEX {schema}.payment_ledger_day ON {schema}.payment_ledger (branch_id, business_date)",
            "CREATE INDEX {schema}.payment_ledger_booking ON {schema}.payment_ledger (booking_id)",
            "CREATE INDEX {schema}.payment_ledger_customer ON {schema}.payment_ledger (customer_id)",
            """
            CREATE TABLE {schema}.payment_refunds (
                refund_id     VARCHAR(255)   PRIMARY KEY,
                payment_id    VARCHAR(255)   NOT NULL,
                branch_id     VARCHAR(255)   NOT NULL,
                device_id     VARCHAR(255)   NOT NULL,
                tender        VARCHAR(20)    NOT NULL,
                amount        DECIMAL(21, 4) NOT NULL,
                currency      CHAR(3)        NOT NULL,
                reason        CHARACTER VARYING NOT NULL,
                at            TIMESTAMP WITH TIME ZONE NOT NULL,
                business_date DATE           NOT NULL
            )""",
            "CREATE INDEX {schema}.payment_refunds_day ON {schema}.payment_refunds (branch_id, business_date)",
            "CREATE INDEX {schema}.payment_refunds_payment ON {schema}.payment_refunds (payment_id)",
            """
            CREATE TABLE {schema}.checkout_ledger (
                checkout_id   VARCHAR(255)   PRIMARY KEY,
                branch_id     VARCHAR(255)   NOT NULL,
                customer_id   VARCHAR(255),
                booking_ids   CHARACTER VARYING NOT NULL,
                lines         CHARACTER VARYING NOT NULL,
                payment_ids   CHARACTER VARYING NOT NULL,
                total         DECIMAL(21, 4) NOT NULL,
                tax           DECIMAL(21, 4) NOT NULL,
                balance       DECIMAL(21, 4) NOT NULL,
                currency      CHAR(3)        NOT NULL,
                at            TIMESTAMP WITH TIME ZONE NOT NULL,
                business_date DATE           NOT NULL
            )""",
            "CREATE INDEX {schema}.checkout_ledger_day ON {schema}.checkout_ledger (branch_id, business_date)",
            "CREATE INDEX {schema}.checkout_ledger_customer ON {schema}.checkout_ledger (customer_id)",
            """
            CREATE TABLE {schema}.voucher_ledger (
                code          VARCHAR(64)    PRIMARY KEY,
                branch_id     VARCHAR(255)   NOT NULL,
                face_value    DECIMAL(21, 4) NOT NULL,
                balance       DECIMAL(21, 4) NOT NULL,
                currency      CHAR(3)        NOT NULL,
                sold_at       TIMESTAMP WITH TIME ZONE NOT NULL
            )""",
            """
            CREATE TABLE {schema}.payment_branch_zones (
                branch_id     VARCHAR(255)   PRIMARY KEY,
                time_zone     VARCHAR(100)   NOT NULL
            )""");

    @Override
    public void migrate(Context context) {
        DSLContext dsl = DSL.using(context.getConnection(), SQLDialect.H2, DeskDatabase.settings());
        ReadModelSchemas.createFirstGeneration(dsl, LEDGER, DDL);
    }

    /** H2 commits DDL on its own, and the checkpoints move in transactions of their own. */
    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }
}
