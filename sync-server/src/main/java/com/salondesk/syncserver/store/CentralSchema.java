package com.salondesk.syncserver.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * Typed jOOQ references to the central store's tables. Flyway owns the schema (db/central); this class only
 * names what the migrations create.
 */
public final class CentralSchema {

    private CentralSchema() {
    }

    /** Tenants (salon chains) and the head of their global order. */
    public static final class Tenants {
        public static final Table<Record> TABLE = table(name("tenants"));
        public static final Field<String> TENANT_ID = field(name("tenants", "tenant_id"), SQLDataType.VARCHAR);
        public static final Field<String> NAME = field(name("tenants", "name"), SQLDataType.VARCHAR);
        public static final Field<Long> HEAD_POSITION = field(name("tenants", "head_position"), SQLDataType.BIGINT);
        public static final Field<OffsetDateTime> CREATED_AT = field(name("tenants", "created_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

        private Tenants() {
        }
    }

    /** Enrolled desks and their token hashes. */
    public static final class Devices {
        public static final Table<Record> TABLE = table(name("devices"));
        public static final Field<String> DEVICE_ID = field(name("devices", "device_id"), SQLDataType.VARCHAR);
        public static final Field<String> TENANT_ID = field(name("devices", "tenant_id"), SQLDataType.VARCHAR);
        public static final Field<String> BRANCH_ID = field(name("devices", "branch_id"), SQLDataType.VARCHAR);
        public static final Field<String> NAME = field(name("devices", "name"), SQLDataType.VARCHAR);
        public static final Field<byte[]> TOKEN_HASH = field(name("devices", "token_hash"), SQLDataType.BLOB);
        public static final Field<OffsetDateTime> ENROLLED_AT = field(name("devices", "enrolled_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<OffsetDateTime> REVOKED_AT = field(name("devices", "revoked_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<OffsetDateTime> LAST_CONTACT_AT = field(name("devices", "last_contact_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<Long> LAST_PULLED_POSITION = field(name("devices", "last_pulled_position"), SQLDataType.BIGINT);

        private Devices() {
        }
    }

    /** The current version of every stream. */
    public static final class Streams {
        public static final Table<Record> TABLE = table(name("streams"));
        public static final Field<String> TENANT_ID = field(name("streams", "tenant_id"), SQLDataType.VARCHAR);
        public static final Field<String> STREAM_ID = field(name("streams", "stream_id"), SQLDataType.VARCHAR);
        public static final Field<Long> VERSION = field(name("streams", "version"), SQLDataType.BIGINT);

        private Streams() {
        }
    }

    /** Every stored event id, for idempotency across partitions. */
    public static final class EventIds {
        public static final Table<Record> TABLE = table(name("event_ids"));
        public static final Field<UUID> EVENT_ID = field(name("event_ids", "event_id"), SQLDataType.UUID);
        public static final Field<String> TENANT_ID = field(name("event_ids", "tenant_id"), SQLDataType.VARCHAR);
        public static final Field<Long> GLOBAL_POSITION = field(name("event_ids", "global_position"), SQLDataType.BIGINT);
        public static final Field<OffsetDateTime> RECEIVED_AT = field(name("event_ids", "received_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

        private EventIds() {
        }
    }

    /** The partitioned event table. */
    public static final class Events {
        public static final Table<Record> TABLE = table(name("events"));
        public static final Field<String> TENANT_ID = field(name("events", "tenant_id"), SQLDataType.VARCHAR);
        public static final Field<Long> GLOBAL_POSITION = field(name("events", "global_position"), SQLDataType.BIGINT);
        public static final Field<OffsetDateTime> RECEIVED_AT = field(name("events", "received_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<UUID> EVENT_ID = field(name("events", "event_id"), SQLDataType.UUID);
        public static final Field<String> STREAM_ID = field(name("events", "stream_id"), SQLDataType.VARCHAR);
        public static final Field<Long> VERSION = field(name("events", "version"), SQLDataType.BIGINT);
        public static final Field<String> EVENT_TYPE = field(name("events", "event_type"), SQLDataType.VARCHAR);
        public static final Field<Integer> SCHEMA_VERSION = field(name("events", "schema_version"), SQLDataType.INTEGER);
        public static final Field<OffsetDateTime> RECORDED_AT = field(name("events", "recorded_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<JSONB> PAYLOAD = field(name("events", "payload"), SQLDataType.JSONB);
        public static final Field<JSONB> METADATA = field(name("events", "metadata"), SQLDataType.JSONB);
        public static final Field<byte[]> PACKED = field(name("events", "packed"), SQLDataType.BLOB);

        private Events() {
        }
    }

    /** Bookkeeping of the monthly partitions. */
    public static final class Partitions {
        public static final Table<Record> TABLE = table(name("event_partitions"));
        public static final Field<String> PARTITION_NAME = field(name("event_partitions", "partition_name"), SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> MONTH_START = field(name("event_partitions", "month_start"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<OffsetDateTime> MONTH_END = field(name("event_partitions", "month_end"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<OffsetDateTime> COMPRESSED_AT = field(name("event_partitions", "compressed_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<Long> BYTES_BEFORE = field(name("event_partitions", "bytes_before"), SQLDataType.BIGINT);
        public static final Field<Long> BYTES_AFTER = field(name("event_partitions", "bytes_after"), SQLDataType.BIGINT);

        private Partitions() {
        }
    }

    /** PostgreSQL NOTIFY channels shared by every server instance on one database. */
    public static final class Channels {
        /** Payload {@code <tenantId> <headPosition>}, sent in the pushing transaction so it arrives only on commit. */
        public static final String HEAD_ADVANCED = "salondesk_head_advanced";
        /** Payload {@code <deviceId>}, sent when headquarters revokes a device. */
        public static final String DEVICE_REVOKED = "salondesk_device_revoked";

        private Channels() {
        }
    }
}
