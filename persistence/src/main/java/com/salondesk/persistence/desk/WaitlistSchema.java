package com.salondesk.persistence.desk;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** Typed jOOQ references to the waitlist read model (migration V90), kept apart from {@link DeskSchema}. */
public final class WaitlistSchema {

    private WaitlistSchema() {
    }

    /** One row per waitlist entry: the wish, where it stands, and its open offer. */
    public static final class Entries {
        public static final Table<Record> TABLE = table(name("waitlist_entries"));
        public static final Field<String> ENTRY_ID = f("entry_id", SQLDataType.VARCHAR);
        public static final Field<String> CUSTOMER_ID = f("customer_id", SQLDataType.VARCHAR);
        public static final Field<String> BRANCH_ID = f("branch_id", SQLDataType.VARCHAR);
        public static final Field<String> SERVICE_ID = f("service_id", SQLDataType.VARCHAR);
        /** Null: any stylist. */
        public static final Field<String> STAFF_ID = f("staff_id", SQLDataType.VARCHAR);
        public static final Field<LocalDate> WANTED_FROM = f("wanted_from", SQLDataType.LOCALDATE);
        public static final Field<LocalDate> WANTED_TO = f("wanted_to", SQLDataType.LOCALDATE);
        public static final Field<LocalTime> EARLIEST = f("earliest", SQLDataType.LOCALTIME);
        public static final Field<LocalTime> LATEST = f("latest", SQLDataType.LOCALTIME);
        public static final Field<String> NOTE = f("note", SQLDataType.VARCHAR);
        /** {@code WAITING}, {@code OFFERED}, {@code BOOKED} or {@code LEFT}. */
        public static final Field<String> STATUS = f("status", SQLDataType.VARCHAR);
        /** The log position of {@code waitlist.joined}: who waits longest comes first. */
        public static final Field<Long> JOINED_POSITION = f("joined_position", SQLDataType.BIGINT);
        public static final Field<OffsetDateTime> JOINED_AT = f("joined_at", SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<String> OFFER_ID = f("offer_id", SQLDataType.VARCHAR);
        public static final Field<String> FREED_BOOKING_ID = f("freed_booking_id", SQLDataType.VARCHAR);
        public static final Field<String> OFFER_STAFF_ID = f("offer_staff_id", SQLDataType.VARCHAR);
        public static final Field<LocalDateTime> OFFER_START = f("offer_start", SQLDataType.LOCALDATETIME);
        public static final Field<LocalDateTime> OFFER_END = f("offer_end", SQLDataType.LOCALDATETIME);
        /** The desk that made the offer (the one that recorded the release). */
        public static final Field<String> OFFER_DEVICE_ID = f("offer_device_id", SQLDataType.VARCHAR);
        public static final Field<String> BOOKING_ID = f("booking_id", SQLDataType.VARCHAR);
        public static final Field<String> LEFT_REASON = f("left_reason", SQLDataType.VARCHAR);

        private Entries() {
        }

        private static <T> Field<T> f(String column, org.jooq.DataType<T> type) {
            return field(name("waitlist_entries", column), type);
        }
    }
}
