-- Speed mileage: rule set versions, an append-only ledger, periods and their frozen standings (DOMAIN.md §4).

-- Starts past the seeded default below (id 1): EclipseLink takes the block (value - 50, value].
CREATE SEQUENCE mileage_rule_set_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE mileage_rule_set (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    name                VARCHAR(100)  NOT NULL,
    preset              VARCHAR(30),
    effective_from      DATE          NOT NULL,
    min_legal_days      INTEGER       NOT NULL,
    excluded_outcomes   VARCHAR(100)  NOT NULL,
    bands               VARCHAR(500)  NOT NULL,
    late_penalty_per_day NUMERIC(5, 1) NOT NULL,
    late_penalty_cap    INTEGER,
    case_cap            INTEGER,
    compound_multiplier NUMERIC(4, 2) NOT NULL,
    compound_add_on     NUMERIC(4, 1) NOT NULL,
    adoption_points     NUMERIC(5, 1) NOT NULL DEFAULT 0,
    created_at          TIMESTAMP     NOT NULL,
    created_by          VARCHAR(60)   NOT NULL,
    CONSTRAINT mileage_rule_set_from_uk UNIQUE (effective_from)
);

CREATE SEQUENCE mileage_period_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE mileage_period (
    id          BIGINT       NOT NULL PRIMARY KEY,
    period_key  VARCHAR(10)  NOT NULL,
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NOT NULL,
    status      VARCHAR(8)   NOT NULL,
    closed_at   TIMESTAMP,
    closed_by   VARCHAR(60),
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT mileage_period_key_uk UNIQUE (period_key),
    CONSTRAINT mileage_period_status_ck CHECK (status IN ('OPEN', 'CLOSED'))
);

-- Append-only: rows are inserted, never updated or deleted. A petition's score entries are numbered (score_seq);
-- the unique key makes a second concurrent award for the same petition fail instead of doubling. A reversal names
-- the entry it cancels, once.
CREATE SEQUENCE mileage_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE mileage_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    employee_id  BIGINT        NOT NULL REFERENCES employee (id),
    petition_id  BIGINT        REFERENCES petition (id),
    kind         VARCHAR(12)   NOT NULL,
    points       NUMERIC(7, 1) NOT NULL,
    rule_set_id  BIGINT        REFERENCES mileage_rule_set (id),
    explanation  VARCHAR(500)  NOT NULL,
    earned_on    DATE          NOT NULL,
    period_key   VARCHAR(10)   NOT NULL,
    score_seq    INTEGER,
    reverses_id  BIGINT        REFERENCES mileage_entry (id),
    created_at   TIMESTAMP     NOT NULL,
    created_by   VARCHAR(60)   NOT NULL,
    CONSTRAINT mileage_entry_kind_ck CHECK (kind IN ('AWARD', 'PENALTY', 'ADJUSTMENT', 'REVERSAL')),
    CONSTRAINT mileage_entry_score_uk UNIQUE (petition_id, score_seq),
    CONSTRAINT mileage_entry_reverses_uk UNIQUE (reverses_id)
);
CREATE INDEX mileage_entry_period_ix ON mileage_entry (period_key, employee_id);
CREATE INDEX mileage_entry_employee_ix ON mileage_entry (employee_id, earned_on);
CREATE INDEX mileage_entry_petition_ix ON mileage_entry (petition_id);

-- A closed period's standings, frozen when the auditor closes it.
CREATE SEQUENCE mileage_standing_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE mileage_standing (
    id            BIGINT        NOT NULL PRIMARY KEY,
    period_id     BIGINT        NOT NULL REFERENCES mileage_period (id),
    employee_id   BIGINT        NOT NULL REFERENCES employee (id),
    unit_id       BIGINT        REFERENCES unit (id),
    department_id BIGINT        REFERENCES unit (id),
    points        NUMERIC(9, 1) NOT NULL,
    petitions     INTEGER       NOT NULL,
    office_rank   INTEGER       NOT NULL,
    tier          VARCHAR(12),
    CONSTRAINT mileage_standing_uk UNIQUE (period_id, employee_id)
);
CREATE INDEX mileage_standing_rank_ix ON mileage_standing (period_id, office_rank);

-- The default rule set (성동구 2009), in force from the start of records; admins add later versions.
INSERT INTO mileage_rule_set (id, name, preset, effective_from, min_legal_days, excluded_outcomes, bands,
    late_penalty_per_day, late_penalty_cap, case_cap, compound_multiplier, compound_add_on, adoption_points,
    created_at, created_by)
VALUES (1, '성동구 2009', 'SEONGDONG_2009', DATE '2000-01-01', 2, 'RETURNED,TRANSFERRED,WITHDRAWN',
    '2-6:1,7-13:2,14-19:4,20-:5', 1.0, 20, NULL, 1.50, 0.0, 0.0, TIMESTAMP '2026-01-01 00:00:00', 'system');
