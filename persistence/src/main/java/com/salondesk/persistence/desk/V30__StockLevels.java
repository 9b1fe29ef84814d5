package com.salondesk.persistence.desk;

import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Migration 30: the stock read model (products, low-stock thresholds per branch, levels on hand and reserved per
 * branch and product, and every movement line). It starts empty, its checkpoint at 0, and the desk fills it from
 * the log when it starts.
 */
public final class V30__StockLevels extends BaseJavaMigration {

    /** The stock projection's name ({@code StockProjection.NAME}; the projection package sits above this one). */
    static final String STOCK = "stock_levels";

    static final List<String> DDL = List.of("""
            CREATE TABLE {schema}.stock_products (
                product_id    VARCHAR(255)  PRIMARY KEY,
                name          VARCHAR(500)  NOT NULL,
                sku           VARCHAR(255)  NOT NULL,
                kind          VARCHAR(20)   NOT NULL,
                unit          VARCHAR(10)   NOT NULL,
                retail_price  DECIMAL(19, 4),
                currency      CHAR(3)
            )""", """
            CREATE TABLE {schema}.stock_thresholds (
                branch_id     VARCHAR(255)  NOT NULL,
                product_id    VARCHAR(255)  NOT NULL,
                threshold     DECIMAL(20, 4) NOT NULL,
                PRIMARY KEY (branch_id, product_id)
            )""", """
            CREATE TABLE {schema}.stock_levels (
                branch_id     VARCHAR(255)  NOT NULL,
                product_id    VARCHAR(255)  NOT NULL,
                on_hand       DECIMAL(20, 4) DEFAULT 0 NOT NULL,
                reserved      DECIMAL(20, 4) DEFAULT 0 NOT NULL,
                PRIMARY KEY (branch_id, product_id)
            )""", """
            CREATE TABLE {schema}.stock_movements (
                position         BIGINT        NOT NULL,
                line_no          INT           NOT NULL,
                event_id         VARCHAR(64)   NOT NULL,
                kind             VARCHAR(20)   NOT NULL,
                branch_id        VARCHAR(255)  NOT NULL,
                product_id       VARCHAR(255)  NOT NULL,
                on_hand_change   DECIMAL(20, 4) NOT NULL,
                reserved_change  DECIMAL(20, 4) NOT NULL,
                note             VARCHAR(1000) NOT NULL,
                below_zero       BOOLEAN       NOT NULL,
                user_id          VARCHAR(255),
                recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
                PRIMARY KEY (position, line_no)
            )""",
            "CREATE INDEX {schema}.stock_movements_product ON {schema}.stock_movements (branch_id, product_id, position)");

    @Override
    public void migrate(Context context) {
        DSLContext dsl = DSL.using(context.getConnection(), SQLDialect.H2, DeskDatabase.settings());
        ReadModelSchemas.createFirstGeneration(dsl, STOCK, DDL);
    }

    /** H2 commits DDL on its own, and the checkpoint moves in a transaction of its own. */
    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }
}
