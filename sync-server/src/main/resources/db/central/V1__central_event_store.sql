-- The central event store of the sync server: every tenant's events in the order the server accepted them.
-- Every key carries tenant_id so the schema can be distributed by tenant (Citus) when one server is not enough.

CREATE TABLE tenants (
    tenant_id     text        PRIMARY KEY,
    name          text        NOT NULL,
    -- The highest global position handed out in this tenant. A push locks this row until it commits, so
    -- positions become visible to readers strictly in order (no reader can skip a late commit).
    head_position bigint      NOT NULL DEFAULT 0 CHECK (head_position >= 0),
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE devices (
    device_id            text        PRIMARY KEY,
    tenant_id            text        NOT NULL REFERENCES tenants (tenant_id),
    branch_id            text        NOT NULL,
    name                 text        NOT NULL,
    -- SHA-256 of the 256-bit random token; the token itself is never stored.
    token_hash           bytea       NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    enrolled_at          timestamptz NOT NULL DEFAULT now(),
    revoked_at           timestamptz,
    last_contact_at      timestamptz,
    last_pulled_position bigint      NOT NULL DEFAULT 0
);
CREATE INDEX devices_tenant ON devices (tenant_id, device_id);

-- One row per stream with its current version: the per-stream optimistic concurrency check that the
-- partitioned events table cannot enforce with a unique index (its keys must include the partition key).
CREATE TABLE streams (
    tenant_id  text   NOT NULL REFERENCES tenants (tenant_id),
    stream_id  text   NOT NULL,
    version    bigint NOT NULL CHECK (version >= 1),
    PRIMARY KEY (tenant_id, stream_id)
);

-- Event-id idempotency across all partitions: one row per stored event, keyed by its id.
CREATE TABLE event_ids (
    event_id        uuid        PRIMARY KEY,
    tenant_id       text        NOT NULL REFERENCES tenants (tenant_id),
    global_position bigint      NOT NULL,
    received_at     timestamptz NOT NULL
);

-- The events, partitioned by month of the server's receive time (device clocks can be wrong).
-- Partitions are created ahead by EventPartitions. In the partitions of finished months payload and
-- metadata are moved into "packed" (deflate with a preset dictionary, see PackedEventBody): PostgreSQL
-- itself never compresses rows this small (its TOAST threshold is about 2 kB per row).
CREATE TABLE events (
    tenant_id       text        NOT NULL,
    global_position bigint      NOT NULL,
    received_at     timestamptz NOT NULL,
    event_id        uuid        NOT NULL,
    stream_id       text        NOT NULL,
    version         bigint      NOT NULL,
    event_type      text        NOT NULL,
    schema_version  integer     NOT NULL,
    recorded_at     timestamptz NOT NULL,
    payload         jsonb,
    metadata        jsonb,
    packed          bytea,
    CONSTRAINT events_body CHECK ((payload IS NOT NULL AND metadata IS NOT NULL) <> (packed IS NOT NULL)),
    PRIMARY KEY (tenant_id, global_position, received_at)
) PARTITION BY RANGE (received_at);

-- Which partitions exist and which were compressed; maintained by EventPartitions.
CREATE TABLE event_partitions (
    partition_name text        PRIMARY KEY,
    month_start    timestamptz NOT NULL UNIQUE,
    month_end      timestamptz NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    compressed_at  timestamptz,
    bytes_before   bigint,
    bytes_after    bigint
);
