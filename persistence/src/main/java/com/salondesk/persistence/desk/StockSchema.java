package com.salondesk.persistence.desk;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** Typed jOOQ references to the stock read model's tables (migration V30), kept apart from {@link DeskSchema}. */
public final class StockSchema {

    private StockSchema() {
    }

    /** The chain's products. */
    public static final class Products {
        public static final Table<Record> TABLE = table(name("stock_products"));
        public static final Field<String> PRODUCT_ID = field(name("stock_products", "product_id"), SQLDataType.VARCHAR);
        public static final Field<String> NAME = field(name("stock_products", "name"), SQLDataType.VARCHAR);
        public static final Field<String> SKU = field(name("stock_products", "sku"), SQLDataType.VARCHAR);
        public static final Field<String> KIND = field(name("stock_products", "kind"), SQLDataType.VARCHAR);
        public static final Field<String> UNIT = field(name("stock_products", "unit"), SQLDataType.VARCHAR);
        public static final Field<BigDecimal> RETAIL_PRICE = field(name("stock_products", "retail_price"), SQLDataType.DECIMAL(19, 4));
        public static final Field<String> CURRENCY = field(name("stock_products", "currency"), SQLDataType.CHAR(3));

        private Products() {
        }
    }

    /** Low-stock thresholds per branch and product. */
    public static final class Thresholds {
        public static final Table<Record> TABLE = table(name("stock_thresholds"));
        public static final Field<String> BRANCH_ID = field(name("stock_thresholds", "branch_id"), SQLDataType.VARCHAR);
        public static final Field<String> PRODUCT_ID = field(name("stock_thresholds", "product_id"), SQLDataType.VARCHAR);
        public static final Field<BigDecimal> THRESHOLD = field(name("stock_thresholds", "threshold"), SQLDataType.DECIMAL(20, 4));

        private Thresholds() {
        }
    }

    /** Stock on hand and reserved per branch and product. */
    public static final class Levels {
        public static final Table<Record> TABLE = table(name("stock_levels"));
        public static final Field<String> BRANCH_ID = field(name("stock_levels", "branch_id"), SQLDataType.VARCHAR);
        public static final Field<String> PRODUCT_ID = field(name("stock_levels", "product_id"), SQLDataType.VARCHAR);
        public static final Field<BigDecimal> ON_HAND = field(name("stock_levels", "on_hand"), SQLDataType.DECIMAL(20, 4));
        public static final Field<BigDecimal> RESERVED = field(name("stock_levels", "reserved"), SQLDataType.DECIMAL(20, 4));

        private Levels() {
        }
    }

    /** Every line of every stock event: what it did to on hand and to reserved. */
    public static final class Movements {
        public static final Table<Record> TABLE = table(name("stock_movements"));
        public static final Field<Long> POSITION = field(name("stock_movements", "position"), SQLDataType.BIGINT);
        public static final Field<Integer> LINE_NO = field(name("stock_movements", "line_no"), SQLDataType.INTEGER);
        public static final Field<String> EVENT_ID = field(name("stock_movements", "event_id"), SQLDataType.VARCHAR);
        public static final Field<String> KIND = field(name("stock_movements", "kind"), SQLDataType.VARCHAR);
        public static final Field<String> BRANCH_ID = field(name("stock_movements", "branch_id"), SQLDataType.VARCHAR);
        public static final Field<String> PRODUCT_ID = field(name("stock_movements", "product_id"), SQLDataType.VARCHAR);
        public static final Field<BigDecimal> ON_HAND_CHANGE = field(name("stock_movements", "on_hand_change"), SQLDataType.DECIMAL(20, 4));
        public static final Field<BigDecimal> RESERVED_CHANGE = field(name("stock_movements", "reserved_change"), SQLDataType.DECIMAL(20, 4));
        public static final Field<String> NOTE = field(name("stock_movements", "note"), SQLDataType.VARCHAR);
        public static final Field<Boolean> BELOW_ZERO = field(name("stock_movements", "below_zero"), SQLDataType.BOOLEAN);
        public static final Field<String> USER_ID = field(name("stock_movements", "user_id"), SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> RECORDED_AT = field(name("stock_movements", "recorded_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

        private Movements() {
        }
    }
}
