package com.salondesk.persistence.desk;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * Typed jOOQ references to the desk's tables, with table-qualified columns so joins are unambiguous. Flyway owns the schema (db/desk); this class only names
 * what the migrations create, so a typo is a compile error rather than a runtime one.
 */
public final class DeskSchema {

    private DeskSchema() {
    }

    /** The event log. */
    public static final class Events {
        public static final Table<Record> TABLE = table(name("events"));
        public static final Field<Long> LOCAL_SEQ = field(name("events", "local_seq"), SQLDataType.BIGINT);
        public static final Field<UUID> ID = field(name("events", "id"), SQLDataType.UUID);
        public static final Field<String> STREAM_ID = field(name("events", "stream_id"), SQLDataType.VARCHAR);
        public static final Field<Integer> VERSION = field(name("events", "version"), SQLDataType.INTEGER);
        public static final Field<String> EVENT_TYPE = field(name("events", "event_type"), SQLDataType.VARCHAR);
        public static final Field<Integer> SCHEMA_VERSION = field(name("events", "schema_version"), SQLDataType.INTEGER);
        public static final Field<String> EVENT_DATA = field(name("events", "event_data"), SQLDataType.VARCHAR);
        public static final Field<String> METADATA = field(name("events", "metadata"), SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> RECORDED_AT = field(name("events", "recorded_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<String> TENANT_ID = field(name("events", "tenant_id"), SQLDataType.VARCHAR);
        public static final Field<Long> GLOBAL_POSITION = field(name("events", "global_position"), SQLDataType.BIGINT);
        public static final Field<String> SYNC_STATUS = field(name("events", "sync_status"), SQLDataType.VARCHAR);
        /** Why the sync server refused the event; null unless REJECTED (migration V6). */
        public static final Field<String> SYNC_ERROR = field(name("events", "sync_error"), SQLDataType.VARCHAR);

        private Events() {
        }
    }

    /** The desk's one row of sync progress: pull cursor, server head as last seen, last good round (V6). */
    public static final class SyncState {
        public static final Table<Record> TABLE = table(name("sync_state"));
        public static final Field<Long> PULLED_THROUGH = field(name("sync_state", "pulled_through"), SQLDataType.BIGINT);
        public static final Field<Long> SERVER_HEAD = field(name("sync_state", "server_head"), SQLDataType.BIGINT);
        public static final Field<OffsetDateTime> LAST_SUCCESS_AT = field(name("sync_state", "last_success_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

        private SyncState() {
        }
    }

    /** Pending events the server's events displaced, kept until a rebase settles them (V6). */
    public static final class Superseded {
        public static final Table<Record> TABLE = table(name("superseded_events"));
        public static final Field<UUID> ID = field(name("superseded_events", "id"), SQLDataType.UUID);
        public static final Field<String> STREAM_ID = field(name("superseded_events", "stream_id"), SQLDataType.VARCHAR);
        public static final Field<Integer> VERSION = field(name("superseded_events", "version"), SQLDataType.INTEGER);
        public static final Field<String> EVENT_TYPE = field(name("superseded_events", "event_type"), SQLDataType.VARCHAR);
        public static final Field<Integer> SCHEMA_VERSION = field(name("superseded_events", "schema_version"), SQLDataType.INTEGER);
        public static final Field<String> EVENT_DATA = field(name("superseded_events", "event_data"), SQLDataType.VARCHAR);
        public static final Field<String> METADATA = field(name("superseded_events", "metadata"), SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> RECORDED_AT = field(name("superseded_events", "recorded_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<String> TENANT_ID = field(name("superseded_events", "tenant_id"), SQLDataType.VARCHAR);
        /** The position the event had in the log before it was moved aside. */
        public static final Field<Long> LOCAL_SEQ = field(name("superseded_events", "local_seq"), SQLDataType.BIGINT);
        /** PENDING, or REJECTED for an event the server had refused before it was displaced. */
        public static final Field<String> SYNC_STATUS = field(name("superseded_events", "sync_status"), SQLDataType.VARCHAR);
        public static final Field<String> SYNC_ERROR = field(name("superseded_events", "sync_error"), SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> SUPERSEDED_AT = field(name("superseded_events", "superseded_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        /** When a rebase decided the event again; null while it waits. */
        public static final Field<OffsetDateTime> SETTLED_AT = field(name("superseded_events", "settled_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

        private Superseded() {
        }
    }

    /** Per-handler progress through the log. */
    public static final class Checkpoints {
        public static final Table<Record> TABLE = table(name("handler_checkpoints"));
        public static final Field<String> HANDLER = field(name("handler_checkpoints", "handler"), SQLDataType.VARCHAR);
        public static final Field<Long> POSITION = field(name("handler_checkpoints", "position"), SQLDataType.BIGINT);
        public static final Field<OffsetDateTime> UPDATED_AT = field(name("handler_checkpoints", "updated_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

        private Checkpoints() {
        }
    }

    /** Who this desk is. */
    public static final class Identity {
        public static final Table<Record> TABLE = table(name("desk_identity"));
        public static final Field<String> TENANT_ID = field(name("desk_identity", "tenant_id"), SQLDataType.VARCHAR);
        public static final Field<String> BRANCH_ID = field(name("desk_identity", "branch_id"), SQLDataType.VARCHAR);
        public static final Field<String> DEVICE_ID = field(name("desk_identity", "device_id"), SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> CREATED_AT = field(name("desk_identity", "created_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

        private Identity() {
        }
    }

    /** The appointment book's read model (the seed's booking_projections, plus staff, service and end). */
    public static final class Bookings {
        public static final Table<Record> TABLE = table(name("booking_projections"));
        public static final Field<String> ID = field(name("booking_projections", "id"), SQLDataType.VARCHAR);
        public static final Field<String> CUSTOMER_ID = field(name("booking_projections", "customer_id"), SQLDataType.VARCHAR);
        public static final Field<String> BRANCH_ID = field(name("booking_projections", "branch_id"), SQLDataType.VARCHAR);
        public static final Field<String> STAFF_ID = field(name("booking_projections", "staff_id"), SQLDataType.VARCHAR);
        public static final Field<String> SERVICE_ID = field(name("booking_projections", "service_id"), SQLDataType.VARCHAR);
        public static final Field<String> STATUS = field(name("booking_projections", "status"), SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> SCHEDULED_AT = field(name("booking_projections", "scheduled_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<OffsetDateTime> ENDS_AT = field(name("booking_projections", "ends_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<BigDecimal> TOTAL_AMOUNT = field(name("booking_projections", "total_amount"), SQLDataType.DECIMAL(10, 2));
        public static final Field<String> CURRENCY = field(name("booking_projections", "currency"), SQLDataType.CHAR(3));
        public static final Field<String> CANCEL_REASON = field(name("booking_projections", "cancel_reason"), SQLDataType.VARCHAR);
        /** The cancellation's {@code CancelReason.Category} by name; null unless cancelled (migration V5). */
        public static final Field<String> CANCEL_CATEGORY = field(name("booking_projections", "cancel_category"), SQLDataType.VARCHAR);
        /** Whether the booking lost its time to another desk's booking and holds none (migration V7). */
        public static final Field<Boolean> TIME_LOST = field(name("booking_projections", "time_lost"), SQLDataType.BOOLEAN);
        /** The desk's notes on the booking; empty when it has none (migration V100). */
        public static final Field<String> NOTES = field(name("booking_projections", "notes"), SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> CREATED_AT = field(name("booking_projections", "created_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<OffsetDateTime> UPDATED_AT = field(name("booking_projections", "updated_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<String> TENANT_ID = field(name("booking_projections", "tenant_id"), SQLDataType.VARCHAR);

        private Bookings() {
        }
    }

    /** The Needs-attention list's read model: one row per entry, open or resolved (migration V7). */
    public static final class AttentionEntries {
        public static final Table<Record> TABLE = table(name("attention_entries"));
        public static final Field<String> ENTRY_ID = field(name("attention_entries", "entry_id"), SQLDataType.VARCHAR);
        public static final Field<String> KIND = field(name("attention_entries", "kind"), SQLDataType.VARCHAR);
        public static final Field<String> BOOKING_ID = field(name("attention_entries", "booking_id"), SQLDataType.VARCHAR);
        /** JSON list of booking ids. */
        public static final Field<String> RIVAL_BOOKING_IDS = field(name("attention_entries", "rival_booking_ids"), SQLDataType.VARCHAR);
        public static final Field<String> REJECTION_CODE = field(name("attention_entries", "rejection_code"), SQLDataType.VARCHAR);
        /** JSON list of the rejection's arguments as text. */
        public static final Field<String> REJECTION_ARGUMENTS = field(name("attention_entries", "rejection_arguments"), SQLDataType.VARCHAR);
        public static final Field<String> SUPERSEDED_EVENT_ID = field(name("attention_entries", "superseded_event_id"), SQLDataType.VARCHAR);
        public static final Field<String> SUPERSEDED_TYPE = field(name("attention_entries", "superseded_type"), SQLDataType.VARCHAR);
        public static final Field<String> SUPERSEDED_STREAM_ID = field(name("attention_entries", "superseded_stream_id"), SQLDataType.VARCHAR);
        public static final Field<String> DEVICE_ID = field(name("attention_entries", "device_id"), SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> RAISED_AT = field(name("attention_entries", "raised_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        /** How it was resolved ({@code Resolution} by name); null while open. */
        public static final Field<String> RESOLUTION = field(name("attention_entries", "resolution"), SQLDataType.VARCHAR);
        public static final Field<String> RESOLVED_BY = field(name("attention_entries", "resolved_by"), SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> RESOLVED_AT = field(name("attention_entries", "resolved_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<String> TENANT_ID = field(name("attention_entries", "tenant_id"), SQLDataType.VARCHAR);

        /** Every column, for selects. */
        public static final List<Field<?>> ALL = List.of(ENTRY_ID, KIND, BOOKING_ID, RIVAL_BOOKING_IDS, REJECTION_CODE,
                REJECTION_ARGUMENTS, SUPERSEDED_EVENT_ID, SUPERSEDED_TYPE, SUPERSEDED_STREAM_ID, DEVICE_ID, RAISED_AT,
                RESOLUTION, RESOLVED_BY, RESOLVED_AT, TENANT_ID);

        private AttentionEntries() {
        }
    }

    /** The outbox of customer messages as the Messages screen and the sender see it (migration V50). */
    public static final class Notifications {
        public static final Table<Record> TABLE = table(name("notifications"));
        public static final Field<String> NOTIFICATION_ID = field(name("notifications", "notification_id"), SQLDataType.VARCHAR);
        /** {@code NotificationKind} by name. */
        public static final Field<String> KIND = field(name("notifications", "kind"), SQLDataType.VARCHAR);
        public static final Field<String> RECIPIENT = field(name("notifications", "recipient"), SQLDataType.VARCHAR);
        public static final Field<String> LANGUAGE = field(name("notifications", "language"), SQLDataType.VARCHAR);
        public static final Field<String> SUBJECT = field(name("notifications", "subject"), SQLDataType.VARCHAR);
        public static final Field<String> ANNOUNCED_EVENT_ID = field(name("notifications", "announced_event_id"), SQLDataType.VARCHAR);
        public static final Field<String> BOOKING_ID = field(name("notifications", "booking_id"), SQLDataType.VARCHAR);
        public static final Field<String> BRANCH_ID = field(name("notifications", "branch_id"), SQLDataType.VARCHAR);
        public static final Field<String> CUSTOMER_ID = field(name("notifications", "customer_id"), SQLDataType.VARCHAR);
        /** The desk that queued it, the only one that sends it. */
        public static final Field<String> DEVICE_ID = field(name("notifications", "device_id"), SQLDataType.VARCHAR);
        /** WAITING, SENT or GIVEN_UP. */
        public static final Field<String> STATUS = field(name("notifications", "status"), SQLDataType.VARCHAR);
        public static final Field<Integer> FAILED_ATTEMPTS = field(name("notifications", "failed_attempts"), SQLDataType.INTEGER);
        public static final Field<String> LAST_ERROR = field(name("notifications", "last_error"), SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> QUEUED_AT = field(name("notifications", "queued_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<OffsetDateTime> DUE_AT = field(name("notifications", "due_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<OffsetDateTime> SENT_AT = field(name("notifications", "sent_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<OffsetDateTime> CHANGED_AT = field(name("notifications", "changed_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

        /** Every column, for selects. */
        public static final List<Field<?>> ALL = List.of(NOTIFICATION_ID, KIND, RECIPIENT, LANGUAGE, SUBJECT,
                ANNOUNCED_EVENT_ID, BOOKING_ID, BRANCH_ID, CUSTOMER_ID, DEVICE_ID, STATUS, FAILED_ATTEMPTS, LAST_ERROR,
                QUEUED_AT, DUE_AT, SENT_AT, CHANGED_AT);

        private Notifications() {
        }
    }

    /** Branches as the desk knows them. */
    public static final class Branches {
        public static final Table<Record> TABLE = table(name("branch_directory"));
        public static final Field<String> BRANCH_ID = field(name("branch_directory", "branch_id"), SQLDataType.VARCHAR);
        public static final Field<String> NAME = field(name("branch_directory", "name"), SQLDataType.VARCHAR);
        public static final Field<String> ADDRESS = field(name("branch_directory", "address"), SQLDataType.VARCHAR);
        public static final Field<String> TIME_ZONE = field(name("branch_directory", "time_zone"), SQLDataType.VARCHAR);
        public static final Field<String> CURRENCY = field(name("branch_directory", "currency"), SQLDataType.CHAR(3));
        public static final Field<String> OPENING_HOURS = field(name("branch_directory", "opening_hours"), SQLDataType.VARCHAR);

        /** Every column, for selects. */
        public static final List<Field<?>> ALL = List.of(BRANCH_ID, NAME, ADDRESS, TIME_ZONE, CURRENCY, OPENING_HOURS);

        private Branches() {
        }
    }

    /** The service menu. */
    public static final class Services {
        public static final Table<Record> TABLE = table(name("service_menu"));
        public static final Field<String> SERVICE_ID = field(name("service_menu", "service_id"), SQLDataType.VARCHAR);
        public static final Field<String> NAME = field(name("service_menu", "name"), SQLDataType.VARCHAR);
        public static final Field<String> CATEGORY = field(name("service_menu", "category"), SQLDataType.VARCHAR);
        public static final Field<Integer> DURATION_MINUTES = field(name("service_menu", "duration_minutes"), SQLDataType.INTEGER);
        public static final Field<BigDecimal> PRICE = field(name("service_menu", "price"), SQLDataType.DECIMAL(10, 2));
        public static final Field<String> CURRENCY = field(name("service_menu", "currency"), SQLDataType.CHAR(3));

        /** Every column, for selects. */
        public static final List<Field<?>> ALL = List.of(SERVICE_ID, NAME, CATEGORY, DURATION_MINUTES, PRICE, CURRENCY);

        private Services() {
        }
    }

    /** Staff members with what they can do and when they work. */
    public static final class Staff {
        public static final Table<Record> TABLE = table(name("staff_directory"));
        public static final Field<String> STAFF_ID = field(name("staff_directory", "staff_id"), SQLDataType.VARCHAR);
        public static final Field<String> BRANCH_ID = field(name("staff_directory", "branch_id"), SQLDataType.VARCHAR);
        public static final Field<String> NAME = field(name("staff_directory", "name"), SQLDataType.VARCHAR);
        public static final Field<String> ROLE = field(name("staff_directory", "role"), SQLDataType.VARCHAR);
        public static final Field<String> SERVICE_IDS = field(name("staff_directory", "service_ids"), SQLDataType.VARCHAR);
        public static final Field<String> WORKING_HOURS = field(name("staff_directory", "working_hours"), SQLDataType.VARCHAR);

        /** Every column, for selects. */
        public static final List<Field<?>> ALL = List.of(STAFF_ID, BRANCH_ID, NAME, ROLE, SERVICE_IDS, WORKING_HOURS);

        private Staff() {
        }
    }

    /** Customers, with a lower-cased search column. */
    public static final class Customers {
        public static final Table<Record> TABLE = table(name("customer_directory"));
        public static final Field<String> CUSTOMER_ID = field(name("customer_directory", "customer_id"), SQLDataType.VARCHAR);
        public static final Field<String> NAME = field(name("customer_directory", "name"), SQLDataType.VARCHAR);
        public static final Field<String> PHONE = field(name("customer_directory", "phone"), SQLDataType.VARCHAR);
        public static final Field<String> EMAIL = field(name("customer_directory", "email"), SQLDataType.VARCHAR);
        public static final Field<String> NOTES = field(name("customer_directory", "notes"), SQLDataType.VARCHAR);
        public static final Field<Boolean> MARKETING_CONSENT = field(name("customer_directory", "marketing_consent"), SQLDataType.BOOLEAN);
        public static final Field<String> SEARCH_TEXT = field(name("customer_directory", "search_text"), SQLDataType.VARCHAR);

        /** Every column, for selects. */
        public static final List<Field<?>> ALL = List.of(CUSTOMER_ID, NAME, PHONE, EMAIL, NOTES, MARKETING_CONSENT, SEARCH_TEXT);

        private Customers() {
        }
    }

    /** Handler-and-event records that make non-projection handlers idempotent. */
    public static final class Processed {
        public static final Table<Record> TABLE = table(name("processed_events"));
        public static final Field<String> HANDLER = field(name("processed_events", "handler"), SQLDataType.VARCHAR);
        public static final Field<UUID> EVENT_ID = field(name("processed_events", "event_id"), SQLDataType.UUID);
        public static final Field<OffsetDateTime> PROCESSED_AT = field(name("processed_events", "processed_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

        private Processed() {
        }
    }

    /** Events handlers gave up on, and those parked behind them. */
    public static final class DeadLetters {
        public static final Table<Record> TABLE = table(name("dead_letters"));
        public static final Field<Long> ID = field(name("dead_letters", "id"), SQLDataType.BIGINT);
        public static final Field<String> HANDLER = field(name("dead_letters", "handler"), SQLDataType.VARCHAR);
        public static final Field<UUID> EVENT_ID = field(name("dead_letters", "event_id"), SQLDataType.UUID);
        public static final Field<Long> LOG_POSITION = field(name("dead_letters", "log_position"), SQLDataType.BIGINT);
        public static final Field<String> STREAM_ID = field(name("dead_letters", "stream_id"), SQLDataType.VARCHAR);
        public static final Field<String> EVENT_TYPE = field(name("dead_letters", "event_type"), SQLDataType.VARCHAR);
        public static final Field<String> STATUS = field(name("dead_letters", "status"), SQLDataType.VARCHAR);
        public static final Field<String> ERROR = field(name("dead_letters", "error"), SQLDataType.VARCHAR);
        public static final Field<String> CAUSE = field(name("dead_letters", "cause"), SQLDataType.VARCHAR);
        public static final Field<Integer> ATTEMPTS = field(name("dead_letters", "attempts"), SQLDataType.INTEGER);
        public static final Field<OffsetDateTime> FIRST_FAILURE_AT = field(name("dead_letters", "first_failure_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<OffsetDateTime> LAST_FAILURE_AT = field(name("dead_letters", "last_failure_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<String> RESOLUTION = field(name("dead_letters", "resolution"), SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> RESOLVED_AT = field(name("dead_letters", "resolved_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

        /** Every column, for selects. */
        public static final List<Field<?>> ALL = List.of(ID, HANDLER, EVENT_ID, LOG_POSITION, STREAM_ID, EVENT_TYPE,
                STATUS, ERROR, CAUSE, ATTEMPTS, FIRST_FAILURE_AT, LAST_FAILURE_AT, RESOLUTION, RESOLVED_AT);

        private DeadLetters() {
        }
    }
}
