package com.salondesk.persistence.desk;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** Typed jOOQ references to the dashboard read model's tables (migration V80), kept apart from {@link DeskSchema}. */
public final class DashboardSchema {

    private DashboardSchema() {
    }

    /** Each branch's time zone (for business days), currency and opening hours. */
    public static final class Branches {
        public static final Table<Record> TABLE = table(name("dashboard_branches"));
        public static final Field<String> BRANCH_ID = field(name("dashboard_branches", "branch_id"), SQLDataType.VARCHAR);
        public static final Field<String> NAME = field(name("dashboard_branches", "name"), SQLDataType.VARCHAR);
        public static final Field<String> TIME_ZONE = field(name("dashboard_branches", "time_zone"), SQLDataType.VARCHAR);
        public static final Field<String> CURRENCY = field(name("dashboard_branches", "currency"), SQLDataType.CHAR(3));
        public static final Field<String> OPENING_HOURS = field(name("dashboard_branches", "opening_hours"), SQLDataType.VARCHAR);

        private Branches() {
        }
    }

    /** Each staff member's branch, name, role and weekly working hours. */
    public static final class Staff {
        public static final Table<Record> TABLE = table(name("dashboard_staff"));
        public static final Field<String> STAFF_ID = field(name("dashboard_staff", "staff_id"), SQLDataType.VARCHAR);
        public static final Field<String> BRANCH_ID = field(name("dashboard_staff", "branch_id"), SQLDataType.VARCHAR);
        public static final Field<String> NAME = field(name("dashboard_staff", "name"), SQLDataType.VARCHAR);
        public static final Field<String> ROLE = field(name("dashboard_staff", "role"), SQLDataType.VARCHAR);
        public static final Field<String> WORKING_HOURS = field(name("dashboard_staff", "working_hours"), SQLDataType.VARCHAR);

        private Staff() {
        }
    }

    /** One row per booking: its business day, length, price and where its life stands. */
    public static final class Bookings {
        public static final Table<Record> TABLE = table(name("dashboard_bookings"));
        public static final Field<String> BOOKING_ID = field(name("dashboard_bookings", "booking_id"), SQLDataType.VARCHAR);
        public static final Field<String> BRANCH_ID = field(name("dashboard_bookings", "branch_id"), SQLDataType.VARCHAR);
        public static final Field<String> STAFF_ID = field(name("dashboard_bookings", "staff_id"), SQLDataType.VARCHAR);
        public static final Field<String> CUSTOMER_ID = field(name("dashboard_bookings", "customer_id"), SQLDataType.VARCHAR);
        public static final Field<LocalDate> BUSINESS_DATE = field(name("dashboard_bookings", "business_date"), SQLDataType.LOCALDATE);
        public static final Field<OffsetDateTime> STARTS_AT =
                field(name("dashboard_bookings", "starts_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<Integer> MINUTES = field(name("dashboard_bookings", "minutes"), SQLDataType.INTEGER);
        public static final Field<BigDecimal> PRICE = field(name("dashboard_bookings", "price"), SQLDataType.DECIMAL(19, 4));
        public static final Field<String> CURRENCY = field(name("dashboard_bookings", "currency"), SQLDataType.CHAR(3));
        public static final Field<String> STATUS = field(name("dashboard_bookings", "status"), SQLDataType.VARCHAR);
        public static final Field<Boolean> HOLDS_TIME = field(name("dashboard_bookings", "holds_time"), SQLDataType.BOOLEAN);

        private Bookings() {
        }
    }

    /** One row per payment taken (positive) or refund given (negative), dated by its branch's business day. */
    public static final class MoneyEntries {
        public static final Table<Record> TABLE = table(name("dashboard_money"));
        public static final Field<String> ENTRY_ID = field(name("dashboard_money", "entry_id"), SQLDataType.VARCHAR);
        public static final Field<String> PAYMENT_ID = field(name("dashboard_money", "payment_id"), SQLDataType.VARCHAR);
        public static final Field<String> BRANCH_ID = field(name("dashboard_money", "branch_id"), SQLDataType.VARCHAR);
        public static final Field<LocalDate> BUSINESS_DATE = field(name("dashboard_money", "business_date"), SQLDataType.LOCALDATE);
        public static final Field<String> TENDER = field(name("dashboard_money", "tender"), SQLDataType.VARCHAR);
        public static final Field<BigDecimal> AMOUNT = field(name("dashboard_money", "amount"), SQLDataType.DECIMAL(19, 4));
        public static final Field<String> CURRENCY = field(name("dashboard_money", "currency"), SQLDataType.CHAR(3));

        private MoneyEntries() {
        }
    }
}
