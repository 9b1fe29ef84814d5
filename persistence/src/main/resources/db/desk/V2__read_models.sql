-- Read models (projections). Each is rebuilt from the log; none is the source of truth.

CREATE TABLE booking_projections (
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
CREATE INDEX booking_projections_branch_time ON booking_projections (branch_id, scheduled_at);
CREATE INDEX booking_projections_customer ON booking_projections (customer_id);

CREATE TABLE branch_directory (
    branch_id       VARCHAR(100)  PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    address         VARCHAR(500)  NOT NULL,
    time_zone       VARCHAR(64)   NOT NULL,
    currency        CHAR(3)       NOT NULL,
    opening_hours   CHARACTER VARYING NOT NULL
);

CREATE TABLE service_menu (
    service_id      VARCHAR(100)  PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    category        VARCHAR(100)  NOT NULL,
    duration_minutes INTEGER      NOT NULL,
    price           DECIMAL(10, 2) NOT NULL,
    currency        CHAR(3)       NOT NULL
);

CREATE TABLE staff_directory (
    staff_id        VARCHAR(100)  PRIMARY KEY,
    branch_id       VARCHAR(100)  NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    role            VARCHAR(50)   NOT NULL,
    service_ids     CHARACTER VARYING NOT NULL,
    working_hours   CHARACTER VARYING NOT NULL
);
CREATE INDEX staff_directory_branch ON staff_directory (branch_id);

CREATE TABLE customer_directory (
    customer_id     VARCHAR(100)  PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    phone           VARCHAR(40)   NOT NULL,
    email           VARCHAR(200)  NOT NULL,
    notes           VARCHAR(2000) NOT NULL,
    marketing_consent BOOLEAN     NOT NULL,
    search_text     VARCHAR(500)  NOT NULL
);
CREATE INDEX customer_directory_name ON customer_directory (name);
