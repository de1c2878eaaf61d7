-- Deadline pre-notices (처리기한 사전예고, DOMAIN §5): the policy as data (office default, department overrides), the
-- notices planned per petition, their deliveries per recipient and channel (the outbox), the portal inbox and the
-- auditor's reminders (독촉장). The unique keys are what make delivery exactly-once: one notice per petition, stage
-- and stage day, ever; one delivery per notice, recipient and channel, ever, whichever node or run claims it.

CREATE SEQUENCE notice_policy_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notice_policy (
    id                BIGINT      NOT NULL PRIMARY KEY,
    department_id     BIGINT      REFERENCES unit (id),
    min_legal_days    INTEGER     NOT NULL DEFAULT 5,
    hour_stages       BOOLEAN     NOT NULL DEFAULT FALSE,
    working_time_only BOOLEAN     NOT NULL DEFAULT TRUE,
    updated_at        TIMESTAMP   NOT NULL,
    updated_by        VARCHAR(60) NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT notice_policy_department_uk UNIQUE (department_id)
);

CREATE SEQUENCE notice_policy_stage_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notice_policy_stage (
    id                 BIGINT      NOT NULL PRIMARY KEY,
    policy_id          BIGINT      NOT NULL REFERENCES notice_policy (id),
    stage              VARCHAR(12) NOT NULL,
    enabled            BOOLEAN     NOT NULL DEFAULT TRUE,
    to_handler         BOOLEAN     NOT NULL DEFAULT FALSE,
    to_team_leader     BOOLEAN     NOT NULL DEFAULT FALSE,
    to_department_head BOOLEAN     NOT NULL DEFAULT FALSE,
    to_auditor         BOOLEAN     NOT NULL DEFAULT FALSE,
    by_email           BOOLEAN     NOT NULL DEFAULT FALSE,
    by_sms             BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT notice_policy_stage_uk UNIQUE (policy_id, stage)
);

-- The office default of DOMAIN §5 (ids below the sequences' first blocks).
INSERT INTO notice_policy (id, department_id, min_legal_days, hour_stages, working_time_only, updated_at, updated_by)
VALUES (1, NULL, 5, FALSE, TRUE, CURRENT_TIMESTAMP, 'system');
INSERT INTO notice_policy_stage (id, policy_id, stage, enabled, to_handler, to_team_leader, to_department_head, to_auditor, by_email, by_sms) VALUES
    (1, 1, 'D-3',     TRUE, TRUE, FALSE, FALSE, FALSE, TRUE, FALSE),
    (2, 1, 'D-1',     TRUE, TRUE, FALSE, FALSE, FALSE, TRUE, FALSE),
    (3, 1, 'D-DAY',   TRUE, TRUE, TRUE,  FALSE, FALSE, TRUE, FALSE),
    (4, 1, 'OVERDUE', TRUE, TRUE, TRUE,  TRUE,  FALSE, TRUE, FALSE),
    (5, 1, 'H-4',     TRUE, TRUE, FALSE, FALSE, FALSE, TRUE, FALSE),
    (6, 1, 'H-1',     TRUE, TRUE, FALSE, FALSE, FALSE, TRUE, FALSE);

CREATE SEQUENCE notice_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notice (
    id            BIGINT       NOT NULL PRIMARY KEY,
    petition_id   BIGINT       NOT NULL REFERENCES petition (id),
    stage         VARCHAR(12)  NOT NULL,
    stage_day     DATE         NOT NULL,
    planned_at    TIMESTAMP    NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    settled_at    TIMESTAMP,
    note          VARCHAR(300),
    CONSTRAINT notice_uk UNIQUE (petition_id, stage, stage_day),
    CONSTRAINT notice_status_ck CHECK (status IN ('PLANNED', 'SENT', 'CANCELLED'))
);
-- The delivery run: planned notices by time.
CREATE INDEX notice_due_ix ON notice (status, planned_at);

CREATE SEQUENCE notice_delivery_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notice_delivery (
    id              BIGINT        NOT NULL PRIMARY KEY,
    notice_id       BIGINT        NOT NULL REFERENCES notice (id),
    petition_id     BIGINT        NOT NULL REFERENCES petition (id),
    stage           VARCHAR(12)   NOT NULL,
    stage_day       DATE          NOT NULL,
    recipient_id    BIGINT        NOT NULL REFERENCES employee (id),
    channel         VARCHAR(8)    NOT NULL,
    address         VARCHAR(200),
    status          VARCHAR(8)    NOT NULL,
    attempts        INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP     NOT NULL,
    sent_at         TIMESTAMP,
    CONSTRAINT notice_delivery_uk UNIQUE (petition_id, stage, stage_day, recipient_id, channel),
    CONSTRAINT notice_delivery_channel_ck CHECK (channel IN ('INBOX', 'EMAIL', 'SMS')),
    CONSTRAINT notice_delivery_status_ck CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX notice_delivery_due_ix ON notice_delivery (status, next_attempt_at);
CREATE INDEX notice_delivery_notice_ix ON notice_delivery (notice_id);

CREATE SEQUENCE inbox_message_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE inbox_message (
    id           BIGINT        NOT NULL PRIMARY KEY,
    recipient_id BIGINT        NOT NULL REFERENCES employee (id),
    kind         VARCHAR(10)   NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    body         VARCHAR(2000) NOT NULL,
    receipt_no   VARCHAR(40),
    link         VARCHAR(300),
    delivery_id  BIGINT        REFERENCES notice_delivery (id),
    created_at   TIMESTAMP     NOT NULL,
    read_at      TIMESTAMP,
    CONSTRAINT inbox_message_delivery_uk UNIQUE (delivery_id),
    CONSTRAINT inbox_message_kind_ck CHECK (kind IN ('NOTICE', 'REMINDER'))
);
-- The inbox, newest first, and the bell's unread count.
CREATE INDEX inbox_message_recipient_ix ON inbox_message (recipient_id, created_at);
CREATE INDEX inbox_message_unread_ix ON inbox_message (recipient_id, read_at);

CREATE SEQUENCE reminder_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE reminder (
    id            BIGINT        NOT NULL PRIMARY KEY,
    petition_id   BIGINT        NOT NULL REFERENCES petition (id),
    department_id BIGINT        REFERENCES unit (id),
    head_id       BIGINT        REFERENCES employee (id),
    days_overdue  INTEGER       NOT NULL,
    note          VARCHAR(1000),
    issued_at     TIMESTAMP     NOT NULL,
    issued_by     VARCHAR(60)   NOT NULL
);
CREATE INDEX reminder_petition_ix ON reminder (petition_id, issued_at);
