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
 * Typed jOOQ references to the payment ledger's tables ({@code V10__PaymentLedger}): payments, refunds, checkouts
 * and gift vouchers, each dated by the business day in the branch's time zone.
 */
public final class PaymentLedgerSchema {

    private PaymentLedgerSchema() {
    }

    /** One row per payment taken or declined; {@code refunded} is what was given back of it so far. */
    public static final class Payments {
        public static final Table<Record> TABLE = table(name("payment_ledger"));
        public static final Field<String> PAYMENT_ID = field(name("payment_ledger", "payment_id"), SQLDataType.VARCHAR);
        public static final Field<String> BRANCH_ID = field(name("payment_ledger", "branch_id"), SQLDataType.VARCHAR);
        public static final Field<String> DEVICE_ID = field(name("payment_ledger", "device_id"), SQLDataType.VARCHAR);
        public static final Field<String> PURPOSE = field(name("payment_ledger", "purpose"), SQLDataType.VARCHAR);
        public static final Field<String> BOOKING_ID = field(name("payment_ledger", "booking_id"), SQLDataType.VARCHAR);
        public static final Field<String> CHECKOUT_ID = field(name("payment_ledger", "checkout_id"), SQLDataType.VARCHAR);
        public static final Field<String> CUSTOMER_ID = field(name("payment_ledger", "customer_id"), SQLDataType.VARCHAR);
        public static final Field<String> TENDER = field(name("payment_ledger", "tender"), SQLDataType.VARCHAR);
        /** TAKEN or DECLINED. */
        public static final Field<String> STATUS = field(name("payment_ledger", "status"), SQLDataType.VARCHAR);
        public static final Field<BigDecimal> AMOUNT = field(name("payment_ledger", "amount"), SQLDataType.DECIMAL);
        public static final Field<String> CURRENCY = field(name("payment_ledger", "currency"), SQLDataType.CHAR(3));
        public static final Field<BigDecimal> CASH_RECEIVED = field(name("payment_ledger", "cash_received"), SQLDataType.DECIMAL);
        public static final Field<BigDecimal> CHANGE_GIVEN = field(name("payment_ledger", "change_given"), SQLDataType.DECIMAL);
        /** The terminal's reference: the approval for a card taken, the decline's for one declined. */
        public static final Field<String> REFERENCE = field(name("payment_ledger", "reference"), SQLDataType.VARCHAR);
        public static final Field<String> VOUCHER_CODE = field(name("payment_ledger", "voucher_code"), SQLDataType.VARCHAR);
        public static final Field<BigDecimal> REFUNDED = field(name("payment_ledger", "refunded"), SQLDataType.DECIMAL);
        public static final Field<OffsetDateTime> AT = field(name("payment_ledger", "at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<LocalDate> BUSINESS_DATE = field(name("payment_ledger", "business_date"), SQLDataType.LOCALDATE);

        /** Every column, for selects. */
        public static final List<Field<?>> ALL = List.of(PAYMENT_ID, BRANCH_ID, DEVICE_ID, PURPOSE, BOOKING_ID, CHECKOUT_ID, CUSTOMER_ID, TENDER, STATUS, AMOUNT, CURRENCY, CASH_RECEIVED, CHANGE_GIVEN, REFERENCE, VOUCHER_CODE, REFUNDED, AT, BUSINESS_DATE);

        private Payments() {
        }
    }

    /** One row per refund, dated by the day the money went back. */
    public static final class Refunds {
        public static final Table<Record> TABLE = table(name("payment_refunds"));
        public static final Field<String> REFUND_ID = field(name("payment_refunds", "refund_id"), SQLDataType.VARCHAR);
        public static final Field<String> PAYMENT_ID = field(name("payment_refunds", "payment_id"), SQLDataType.VARCHAR);
        public static final Field<String> BRANCH_ID = field(name("payment_refunds", "branch_id"), SQLDataType.VARCHAR);
        public static final Field<String> DEVICE_ID = field(name("payment_refunds", "device_id"), SQLDataType.VARCHAR);
        public static final Field<String> TENDER = field(name("payment_refunds", "tender"), SQLDataType.VARCHAR);
        public static final Field<BigDecimal> AMOUNT = field(name("payment_refunds", "amount"), SQLDataType.DECIMAL);
        public static final Field<String> CURRENCY = field(name("payment_refunds", "currency"), SQLDataType.CHAR(3));
        public static final Field<String> REASON = field(name("payment_refunds", "reason"), SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> AT = field(name("payment_refunds", "at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<LocalDate> BUSINESS_DATE = field(name("payment_refunds", "business_date"), SQLDataType.LOCALDATE);

        private Refunds() {
        }
    }

    /** One row per completed checkout, with its bill as JSON (for a receipt printed again) and what is still due. */
    public static final class Checkouts {
        public static final Table<Record> TABLE = table(name("checkout_ledger"));
        public static final Field<String> CHECKOUT_ID = field(name("checkout_ledger", "checkout_id"), SQLDataType.VARCHAR);
        public static final Field<String> BRANCH_ID = field(name("checkout_ledger", "branch_id"), SQLDataType.VARCHAR);
        public static final Field<String> CUSTOMER_ID = field(name("checkout_ledger", "customer_id"), SQLDataType.VARCHAR);
        /** JSON list of booking ids. */
        public static final Field<String> BOOKING_IDS = field(name("checkout_ledger", "booking_ids"), SQLDataType.VARCHAR);
        /** JSON list of the checkout's lines. */
        public static final Field<String> LINES = field(name("checkout_ledger", "lines"), SQLDataType.VARCHAR);
        /** JSON list of payment ids. */
        public static final Field<String> PAYMENT_IDS = field(name("checkout_ledger", "payment_ids"), SQLDataType.VARCHAR);
        public static final Field<BigDecimal> TOTAL = field(name("checkout_ledger", "total"), SQLDataType.DECIMAL);
        public static final Field<BigDecimal> TAX = field(name("checkout_ledger", "tax"), SQLDataType.DECIMAL);
        public static final Field<BigDecimal> BALANCE = field(name("checkout_ledger", "balance"), SQLDataType.DECIMAL);
        public static final Field<String> CURRENCY = field(name("checkout_ledger", "currency"), SQLDataType.CHAR(3));
        public static final Field<OffsetDateTime> AT = field(name("checkout_ledger", "at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<LocalDate> BUSINESS_DATE = field(name("checkout_ledger", "business_date"), SQLDataType.LOCALDATE);

        /** Every column, for selects. */
        public static final List<Field<?>> ALL = List.of(CHECKOUT_ID, BRANCH_ID, CUSTOMER_ID, BOOKING_IDS, LINES, PAYMENT_IDS, TOTAL, TAX, BALANCE, CURRENCY, AT, BUSINESS_DATE);

        private Checkouts() {
        }
    }

    /** One row per gift voucher sold, with its balance. */
    public static final class Vouchers {
        public static final Table<Record> TABLE = table(name("voucher_ledger"));
        public static final Field<String> CODE = field(name("voucher_ledger", "code"), SQLDataType.VARCHAR);
        public static final Field<String> BRANCH_ID = field(name("voucher_ledger", "branch_id"), SQLDataType.VARCHAR);
        public static final Field<BigDecimal> VALUE = field(name("voucher_ledger", "face_value"), SQLDataType.DECIMAL);
        public static final Field<BigDecimal> BALANCE = field(name("voucher_ledger", "balance"), SQLDataType.DECIMAL);
        public static final Field<String> CURRENCY = field(name("voucher_ledger", "currency"), SQLDataType.CHAR(3));
        public static final Field<OffsetDateTime> SOLD_AT = field(name("voucher_ledger", "sold_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

        /** Every column, for selects. */
        public static final List<Field<?>> ALL = List.of(CODE, BRANCH_ID, VALUE, BALANCE, CURRENCY, SOLD_AT);

        private Vouchers() {
        }
    }

    /** The branches' time zones, so a payment is dated by the branch's own business day. */
    public static final class BranchZones {
        public static final Table<Record> TABLE = table(name("payment_branch_zones"));
        public static final Field<String> BRANCH_ID = field(name("payment_branch_zones", "branch_id"), SQLDataType.VARCHAR);
        public static final Field<String> TIME_ZONE = field(name("payment_branch_zones", "time_zone"), SQLDataType.VARCHAR);

        private BranchZones() {
        }
    }
}
