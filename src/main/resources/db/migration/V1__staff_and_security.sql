-- Staff: office > department > team, employees with roles, sign-in accounts, service accounts and the audit log.
-- Written once for PostgreSQL and for H2 in PostgreSQL mode. Sequences (not identity columns) feed JPA ids;
-- they start at their increment because EclipseLink takes the block (value - 50, value].

CREATE SEQUENCE unit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE unit (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    kind        VARCHAR(12)  NOT NULL,
    parent_id   BIGINT       REFERENCES unit (id),
    head_id     BIGINT,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT unit_code_uk UNIQUE (code),
    CONSTRAINT unit_kind_ck CHECK (kind IN ('OFFICE', 'DEPARTMENT', 'TEAM'))
);
CREATE INDEX unit_parent_ix ON unit (parent_id);

CREATE SEQUENCE employee_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE employee (
    id          BIGINT       NOT NULL PRIMARY KEY,
    employee_no VARCHAR(20)  NOT NULL,
    name        VARCHAR(60)  NOT NULL,
    rank_title  VARCHAR(40),
    unit_id     BIGINT       REFERENCES unit (id),
    email       VARCHAR(200),
    mobile      VARCHAR(30),
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT employee_no_uk UNIQUE (employee_no)
);
CREATE INDEX employee_unit_ix ON employee (unit_id);
CREATE INDEX employee_name_ix ON employee (name);

ALTER TABLE unit ADD CONSTRAINT unit_head_fk FOREIGN KEY (head_id) REFERENCES employee (id);

CREATE TABLE employee_role (
    employee_id BIGINT       NOT NULL REFERENCES employee (id),
    role_name   VARCHAR(20)  NOT NULL,
    PRIMARY KEY (employee_id, role_name),
    CONSTRAINT employee_role_ck CHECK (role_name IN ('EMPLOYEE', 'MANAGER', 'REVIEWER', 'AUDITOR', 'ADMIN'))
);

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE account (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    username             VARCHAR(60)  NOT NULL,
    employee_id          BIGINT       NOT NULL REFERENCES employee (id),
    password_hash        VARCHAR(300) NOT NULL,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_attempts      INTEGER      NOT NULL DEFAULT 0,
    locked_until         TIMESTAMP,
    last_login_at        TIMESTAMP,
    password_changed_at  TIMESTAMP,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT account_username_uk UNIQUE (username),
    CONSTRAINT account_employee_uk UNIQUE (employee_id)
);

CREATE SEQUENCE service_account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE service_account (
    id          BIGINT        NOT NULL PRIMARY KEY,
    name        VARCHAR(60)   NOT NULL,
    description VARCHAR(300),
    scopes      VARCHAR(300)  NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    created_by  VARCHAR(60)   NOT NULL,
    active      BOOLEAN       NOT NULL DEFAULT TRUE,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT service_account_name_uk UNIQUE (name)
);

CREATE SEQUENCE api_key_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE api_key (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    service_account_id BIGINT       NOT NULL REFERENCES service_account (id),
    key_prefix         VARCHAR(16)  NOT NULL,
    key_hash           VARCHAR(64)  NOT NULL,
    created_at         TIMESTAMP    NOT NULL,
    created_by         VARCHAR(60)  NOT NULL,
    revoked_at         TIMESTAMP,
    last_used_at       TIMESTAMP,
    CONSTRAINT api_key_hash_uk UNIQUE (key_hash)
);
CREATE INDEX api_key_account_ix ON api_key (service_account_id);

CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP     NOT NULL,
    actor       VARCHAR(60),
    action      VARCHAR(40)   NOT NULL,
    target      VARCHAR(200),
    detail      VARCHAR(2000),
    client_ip   VARCHAR(64)
);
CREATE INDEX audit_event_time_ix ON audit_event (occurred_at);
CREATE INDEX audit_event_actor_ix ON audit_event (actor);
