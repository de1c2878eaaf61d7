-- Issue 13 (facts from the right people): when an extension was decided, and corrections of a petition's facts,
-- requested by one person with a reason and approved or refused by another.

-- The moment the extension was decided (office-local); until now it was the moment it was recorded.
ALTER TABLE petition_extension ADD COLUMN decided_at TIMESTAMP;
UPDATE petition_extension SET decided_at = created_at;

-- A requested change of facts staff may no longer make directly (back-dating, handler, type, receipt, compound,
-- outcome, reopening). Rows are never deleted: a refused or approved correction keeps its history.
CREATE SEQUENCE petition_correction_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE petition_correction (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    petition_id        BIGINT        NOT NULL REFERENCES petition (id),
    status             VARCHAR(10)   NOT NULL,
    reason             VARCHAR(1000) NOT NULL,
    requested_by       VARCHAR(60)   NOT NULL,
    requested_at       TIMESTAMP     NOT NULL,
    handler_before_id  BIGINT        NOT NULL REFERENCES employee (id),
    new_type_code      VARCHAR(40),
    new_received_at    TIMESTAMP,
    new_handler_no     VARCHAR(20),
    new_compound       BOOLEAN,
    new_approved_at    TIMESTAMP,
    new_outcome        VARCHAR(12),
    reopen             BOOLEAN       NOT NULL,
    stop_reason        VARCHAR(24),
    stop_started_at    TIMESTAMP,
    stop_ended_at      TIMESTAMP,
    stop_note          VARCHAR(500),
    summary            VARCHAR(2000) NOT NULL,
    decided_by         VARCHAR(60),
    decided_at         TIMESTAMP,
    decision_note      VARCHAR(1000),
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT petition_correction_status_ck CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED'))
);
CREATE INDEX petition_correction_petition_ix ON petition_correction (petition_id);
CREATE INDEX petition_correction_status_ix ON petition_correction (status);
