-- The working calendar's holidays, the catalogue of petition types, and petitions with their clock stops,
-- extensions and timeline. Deadline, mode and time used are stored (and indexed) rather than recomputed per view;
-- the deadline engine rewrites them whenever a petition or the calendar changes.

-- Starts past the ids of the seeded holidays (V3): EclipseLink takes the block (value - 50, value].
CREATE SEQUENCE holiday_seq START WITH 150 INCREMENT BY 50;
CREATE TABLE holiday (
    id           BIGINT       NOT NULL PRIMARY KEY,
    holiday_date DATE         NOT NULL,
    name         VARCHAR(100) NOT NULL,
    kind         VARCHAR(12)  NOT NULL,
    reason       VARCHAR(300),
    created_at   TIMESTAMP    NOT NULL,
    created_by   VARCHAR(60)  NOT NULL,
    CONSTRAINT holiday_date_uk UNIQUE (holiday_date),
    CONSTRAINT holiday_kind_ck CHECK (kind IN ('PUBLIC', 'SUBSTITUTE', 'TEMPORARY', 'ELECTION', 'LOCAL'))
);

CREATE SEQUENCE petition_type_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE petition_type (
    id               BIGINT       NOT NULL PRIMARY KEY,
    code             VARCHAR(40)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    period_amount    INTEGER      NOT NULL,
    period_unit      VARCHAR(10)  NOT NULL,
    compound         BOOLEAN      NOT NULL DEFAULT FALSE,
    mileage_eligible BOOLEAN      NOT NULL DEFAULT TRUE,
    notice_eligible  BOOLEAN      NOT NULL DEFAULT TRUE,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT petition_type_code_uk UNIQUE (code),
    CONSTRAINT petition_type_unit_ck CHECK (period_unit IN ('IMMEDIATE', 'HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'))
);

CREATE SEQUENCE petition_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE petition (
    id                BIGINT       NOT NULL PRIMARY KEY,
    receipt_no        VARCHAR(40)  NOT NULL,
    type_id           BIGINT       NOT NULL REFERENCES petition_type (id),
    period_amount     INTEGER      NOT NULL,
    period_unit       VARCHAR(10)  NOT NULL,
    received_at       TIMESTAMP    NOT NULL,
    handler_id        BIGINT       NOT NULL REFERENCES employee (id),
    unit_id           BIGINT       NOT NULL REFERENCES unit (id),
    department_id     BIGINT       REFERENCES unit (id),
    channel           VARCHAR(12)  NOT NULL,
    resident          VARCHAR(3),
    compound          BOOLEAN      NOT NULL,
    status            VARCHAR(12)  NOT NULL,
    outcome           VARCHAR(12),
    approved_at       TIMESTAMP,
    closed_at         TIMESTAMP,
    mode              VARCHAR(10)  NOT NULL,
    deadline          TIMESTAMP    NOT NULL,
    original_deadline TIMESTAMP    NOT NULL,
    working_minutes   BIGINT       NOT NULL,
    used_minutes      BIGINT,
    legal_days        NUMERIC(7, 1) NOT NULL,
    used_days         NUMERIC(7, 1),
    on_time           BOOLEAN,
    transferred_from  VARCHAR(40),
    created_at        TIMESTAMP    NOT NULL,
    updated_at        TIMESTAMP    NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT petition_receipt_uk UNIQUE (receipt_no),
    CONSTRAINT petition_status_ck CHECK (status IN ('OPEN', 'SUSPENDED', 'COMPLETED')),
    CONSTRAINT petition_mode_ck CHECK (mode IN ('HOURS', 'DAYS', 'CALENDAR'))
);
-- "My petitions", the unit lists and the overdue list: open first, by deadline.
CREATE INDEX petition_handler_ix ON petition (handler_id, status, deadline);
CREATE INDEX petition_unit_ix ON petition (unit_id, status, deadline);
CREATE INDEX petition_department_ix ON petition (department_id, status, deadline);
CREATE INDEX petition_status_deadline_ix ON petition (status, deadline);
-- KPIs and mileage count by approval time.
CREATE INDEX petition_approved_ix ON petition (approved_at);
CREATE INDEX petition_received_ix ON petition (received_at);

CREATE SEQUENCE clock_stop_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE clock_stop (
    id          BIGINT       NOT NULL PRIMARY KEY,
    petition_id BIGINT       NOT NULL REFERENCES petition (id),
    reason      VARCHAR(24)  NOT NULL,
    started_at  TIMESTAMP    NOT NULL,
    ended_at    TIMESTAMP,
    note        VARCHAR(500),
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX clock_stop_petition_ix ON clock_stop (petition_id);

CREATE SEQUENCE extension_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE petition_extension (
    id             BIGINT        NOT NULL PRIMARY KEY,
    petition_id    BIGINT        NOT NULL REFERENCES petition (id),
    ordinal        INTEGER       NOT NULL,
    amount         INTEGER       NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    consent        BOOLEAN       NOT NULL,
    new_deadline   TIMESTAMP     NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    created_by     VARCHAR(60),
    CONSTRAINT petition_extension_uk UNIQUE (petition_id, ordinal)
);

CREATE SEQUENCE petition_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE petition_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    petition_id BIGINT        NOT NULL REFERENCES petition (id),
    occurred_at TIMESTAMP     NOT NULL,
    actor       VARCHAR(60),
    kind        VARCHAR(30)   NOT NULL,
    detail      VARCHAR(2000)
);
CREATE INDEX petition_event_petition_ix ON petition_event (petition_id, occurred_at);
