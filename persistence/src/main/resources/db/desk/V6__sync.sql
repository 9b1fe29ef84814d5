-- What the desk needs to take part in sync with the chain's server.
--
-- sync_error: why the server refused an event (it is then REJECTED); empty otherwise.
ALTER TABLE events ADD COLUMN sync_error VARCHAR(2000);

-- How far the desk has pulled (the last global position received from the server), the server's head as
-- last seen, and when a round last went through. pulled_through is the pull cursor, kept apart from the
-- global positions of the desk's own accepted events: a desk whose events were accepted at 40 has not
-- necessarily received 1 to 39.
CREATE TABLE sync_state (
    singleton       BOOLEAN       DEFAULT TRUE NOT NULL PRIMARY KEY CHECK (singleton),
    pulled_through  BIGINT        DEFAULT 0 NOT NULL,
    server_head     BIGINT        DEFAULT 0 NOT NULL,
    last_success_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO sync_state (singleton) VALUES (TRUE);

-- Pending events of this desk that the server's events displaced (a push answered `conflict`). They leave
-- `events` so the server's events can take their versions, and wait here, exactly as recorded, until a
-- rebase has decided them again (settled_at). local_seq is the position they had in the log; sync_status
-- and sync_error what they were there (an event the server had already refused is moved aside as well).
CREATE TABLE superseded_events (
    id              UUID          NOT NULL PRIMARY KEY,
    stream_id       VARCHAR(200)  NOT NULL,
    version         INTEGER       NOT NULL,
    event_type      VARCHAR(100)  NOT NULL,
    schema_version  INTEGER       NOT NULL,
    event_data      CHARACTER VARYING NOT NULL,
    metadata        CHARACTER VARYING NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    tenant_id       VARCHAR(100)  NOT NULL,
    local_seq       BIGINT        NOT NULL,
    sync_status     VARCHAR(16)   NOT NULL,
    sync_error      VARCHAR(2000),
    superseded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    settled_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX superseded_events_unsettled ON superseded_events (settled_at, stream_id, version);
