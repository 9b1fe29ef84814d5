package com.salondesk.persistence.desk;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * Typed jOOQ references to the till read model's tables ({@code V20__Tills}): each till's day, its cash
 * movements, a branch's takings per business day, and what the projection needs to place a refund.
 */
public final class TillTables {

    private TillTables() {
    }

    /** One row per till: where and when it was opened, its running cash figures and, once closed, the close. */
    public static final class Tills {
        public static final Table<Record> TABLE = table(name("tills"));
        public static final Field<String> TILL_ID = field(name("tills", "till_id"), SQLDataType.VARCHAR);
        public static final Field<String> BRANCH_ID = field(name("tills", "branch_id"), SQLDataType.VARCHAR);
        public static final Field<String> DEVICE_ID = field(name("tills", "device_id"), SQLDataType.VARCHAR);
        public static final Field<LocalDate> BUSINESS_DAY = field(name("tills", "business_day"), SQLDataType.LOCALDATE);
        public static final Field<String> CURRENCY = field(name("tills", "currency"), SQLDataType.CHAR(3));
        public static final Field<BigDecimal> OPENING_FLOAT = amount("opening_float");
        public static final Field<BigDecimal> CASH_IN = amount("cash_in");
        public static final Field<BigDecimal> CASH_OUT = amount("cash_out");
        /** Cash that sales left in the drawer: what was taken in cash (received − change). */
        public static final Field<BigDecimal> CASH_TAKEN = amount("cash_taken");
        /** Cash given back from this drawer for refunds. */
        public static final Field<BigDecimal> CASH_REFUNDED = amount("cash_refunded");
        public static final Field<BigDecimal> COUNTED = amount("counted");
        /** The expected cash the close recorded (the running figure as the person saw it). */
        public static final Field<BigDecimal> EXPECTED_AT_CLOSE = amount("expected_at_close");
        public static final Field<BigDecimal> DIFFERENCE = amount("difference");
        public static final Field<String> OPENED_BY = field(name("tills", "opened_by"), SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> OPENED_AT = field(name("tills", "opened_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<String> CLOSED_BY = field(name("tills", "closed_by"), SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> CLOSED_AT = field(name("tills", "closed_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<String> TENANT_ID = field(name("tills", "tenant_id"), SQLDataType.VARCHAR);

        public static final List<Field<?>> ALL = List.of(TILL_ID, BRANCH_ID, DEVICE_ID, BUSINESS_DAY, CURRENCY,
                OPENING_FLOAT, CASH_IN, CASH_OUT, CASH_TAKEN, CASH_REFUNDED, COUNTED, EXPECTED_AT_CLOSE, DIFFERENCE,
                OPENED_BY, OPENED_AT, CLOSED_BY, CLOSED_AT);

        private static Field<BigDecimal> amount(String column) {
            return field(name("tills", column), SQLDataType.DECIMAL(19, 4));
        }

        private Tills() {
        }
    }

    /** Every movement of cash in a till: float aside, cash in and out with their reasons, cash sales and refunds. */
    public static final class TillMovements {
        public static final Table<Record> TABLE = table(name("till_movements"));
        public static final Field<String> TILL_ID = field(name("till_movements", "till_id"), SQLDataType.VARCHAR);
        /** The event's position in the log: the order the movements happened in. */
        public static final Field<Long> POSITION = field(name("till_movements", "position"), SQLDataType.BIGINT);
        /** IN, OUT, SALE or REFUND. */
        public static final Field<String> KIND = field(name("till_movements", "kind"), SQLDataType.VARCHAR);
        public static final Field<BigDecimal> AMOUNT = field(name("till_movements", "amount"), SQLDataType.DECIMAL(19, 4));
        public static final Field<String> REASON = field(name("till_movements", "reason"), SQLDataType.VARCHAR);
        public static final Field<String> BY = field(name("till_movements", "by_user"), SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> AT = field(name("till_movements", "at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

        private TillMovements() {
        }
    }

    /**
     * A branch's takings per business day, one row per figure ({@code taken:CARD}, {@code tax}, {@code checkouts},
     * …): the day-close report reads a handful of rows, however many sales the branch has had.
     */
    public static final class TakingsDays {
        public static final Table<Record> TABLE = table(name("takings_days"));
        public static final Field<String> BRANCH_ID = field(name("takings_days", "branch_id"), SQLDataType.VARCHAR);
        public static final Field<LocalDate> BUSINESS_DAY = field(name("takings_days", "business_day"), SQLDataType.LOCALDATE);
        public static final Field<String> FIGURE = field(name("takings_days", "figure"), SQLDataType.VARCHAR);
        public static final Field<String> CURRENCY = field(name("takings_days", "currency"), SQLDataType.CHAR(3));
        public static final Field<BigDecimal> AMOUNT = field(name("takings_days", "amount"), SQLDataType.DECIMAL(19, 4));
        /** How many events made up the figure (payments, checkouts). */
        public static final Field<Long> ENTRIES = field(name("takings_days", "entries"), SQLDataType.BIGINT);

        private TakingsDays() {
        }
    }

    /** Each payment's branch, tender and purpose, so that a refund (which names only the payment) is placed. */
    public static final class TakingsPayments {
        public static final Table<Record> TABLE = table(name("takings_payments"));
        public static final Field<String> PAYMENT_ID = field(name("takings_payments", "payment_id"), SQLDataType.VARCHAR);
        public static final Field<String> BRANCH_ID = field(name("takings_payments", "branch_id"), SQLDataType.VARCHAR);
        public static final Field<String> PURPOSE = field(name("takings_payments", "purpose"), SQLDataType.VARCHAR);

        private TakingsPayments() {
        }
    }

    /** Each branch's time zone: a payment's business day is the branch's local date of it. */
    public static final class TakingsBranches {
        public static final Table<Record> TABLE = table(name("takings_branches"));
        public static final Field<String> BRANCH_ID = field(name("takings_branches", "branch_id"), SQLDataType.VARCHAR);
        public static final Field<String> TIME_ZONE = field(name("takings_branches", "time_zone"), SQLDataType.VARCHAR);

        private TakingsBranches() {
        }
    }
}
