-- Read models move into schemas of their own, one per generation: READ_<PROJECTION>_<N>. PUBLIC keeps
-- a synonym of the same name for each of their tables, so queries and projections go on writing
-- `booking_projections` unqualified. A rebuild fills the next generation beside the live one and then
-- points the synonyms at it: the swap takes the same few milliseconds whatever the read model's size.
--
-- read_models says which generation is live. It changes in the same transaction as the projection's
-- checkpoint; the synonyms follow it (and are repaired from it when the desk opens, should the desk stop
-- between the two). Changing a read model's tables later is a Java migration: its generation's schema
-- name differs from desk to desk (see ReadModelSchemas).
CREATE TABLE read_models (
    projection      VARCHAR(100)  PRIMARY KEY,
    live_schema     VARCHAR(128)  NOT NULL,
    switched_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SCHEMA READ_BOOKING_PROJECTIONS_1;
CREATE TABLE READ_BOOKING_PROJECTIONS_1.booking_projections (
    id              VARCHAR(255)  PRIMARY KEY,
    customer_id     VARCHAR(255)  NOT NULL,
    branch_id       VARCHAR(255)  NOT NULL,
    staff_id        VARCHAR(255)  NOT NULL,
    service_id      VARCHAR(255)  NOT NULL,
    status          VARCHAR(50)   NOT NULL,
    scheduled_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    total_amount    DECIMAL(10, 2) NOT NULL,
    currency        CHAR(3)       NOT NULL,
    cancel_reason   VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    tenant_id       VARCHAR(255)  NOT NULL
);
CREATE INDEX READ_BOOKING_PROJECTIONS_1.booking_projections_branch_time
    ON READ_BOOKING_PROJECTIONS_1.booking_projections (branch_id, scheduled_at);
CREATE INDEX READ_BOOKING_PROJECTIONS_1.booking_projections_customer
    ON READ_BOOKING_PROJECTIONS_1.booking_projections (customer_id);
INSERT INTO READ_BOOKING_PROJECTIONS_1.booking_projections SELECT * FROM PUBLIC.booking_projections;
DROP TABLE PUBLIC.booking_projections;
CREATE SYNONYM PUBLIC.booking_projections FOR READ_BOOKING_PROJECTIONS_1.booking_projections;
INSERT INTO read_models (projection, live_schema, switched_at)
    VALUES ('booking_projections', 'READ_BOOKING_PROJECTIONS_1', CURRENT_TIMESTAMP);

CREATE SCHEMA READ_DIRECTORY_1;
CREATE TABLE READ_DIRECTORY_1.branch_directory (
    branch_id       VARCHAR(100)  PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    address         VARCHAR(500)  NOT NULL,
    time_zone       VARCHAR(64)   NOT NULL,
    currency        CHAR(3)       NOT NULL,
    opening_hours   CHARACTER VARYING NOT NULL
);
CREATE TABLE READ_DIRECTORY_1.service_menu (
    service_id      VARCHAR(100)  PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    category        VARCHAR(100)  NOT NULL,
    duration_minutes INTEGER      NOT NULL,
    price           DECIMAL(10, 2) NOT NULL,
    currency        CHAR(3)       NOT NULL
);
CREATE TABLE READ_DIRECTORY_1.staff_directory (
    staff_id        VARCHAR(100)  PRIMARY KEY,
    branch_id       VARCHAR(100)  NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    role            VARCHAR(50)   NOT NULL,
    service_ids     CHARACTER VARYING NOT NULL,
    working_hours   CHARACTER VARYING NOT NULL
);
CREATE INDEX READ_DIRECTORY_1.staff_directory_branch ON READ_DIRECTORY_1.staff_directory (branch_id);
CREATE TABLE READ_DIRECTORY_1.customer_directory (
    customer_id     VARCHAR(100)  PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    phone           VARCHAR(40)   NOT NULL,
    email           VARCHAR(200)  NOT NULL,
    notes           VARCHAR(2000) NOT NULL,
    marketing_consent BOOLEAN     NOT NULL,
    search_text     VARCHAR(500)  NOT NULL
);
CREATE INDEX READ_DIRECTORY_1.customer_directory_name ON READ_DIRECTORY_1.customer_directory (name);
INSERT INTO READ_DIRECTORY_1.branch_directory SELECT * FROM PUBLIC.branch_directory;
INSERT INTO READ_DIRECTORY_1.service_menu SELECT * FROM PUBLIC.service_menu;
INSERT INTO READ_DIRECTORY_1.staff_directory SELECT * FROM PUBLIC.staff_directory;
INSERT INTO READ_DIRECTORY_1.customer_directory SELECT * FROM PUBLIC.customer_directory;
DROP TABLE PUBLIC.branch_directory;
DROP TABLE PUBLIC.service_menu;
DROP TABLE PUBLIC.staff_directory;
DROP TABLE PUBLIC.customer_directory;
CREATE SYNONYM PUBLIC.branch_directory FOR READ_DIRECTORY_1.branch_directory;
CREATE SYNONYM PUBLIC.service_menu FOR READ_DIRECTORY_1.service_menu;
CREATE SYNONYM PUBLIC.staff_directory FOR READ_DIRECTORY_1.staff_directory;
CREATE SYNONYM PUBLIC.customer_directory FOR READ_DIRECTORY_1.customer_directory;
INSERT INTO read_models (projection, live_schema, switched_at)
    VALUES ('directory', 'READ_DIRECTORY_1', CURRENT_TIMESTAMP);
