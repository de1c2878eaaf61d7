-- Issue 18: mileage news in the inbox. A message posted by another feature may carry a source key (what it is about,
-- e.g. "mileage:penalty:p12:e7:-1.0"); the unique key makes it exactly once however often scoring, replays or
-- retries run. Its e-mail copy waits in message_mail (one per message, ever), sent at least once with bounded
-- retries by the notice run, as the notices' e-mails are.
ALTER TABLE inbox_message ADD COLUMN source_key VARCHAR(120);
ALTER TABLE inbox_message ADD CONSTRAINT inbox_message_source_uk UNIQUE (source_key);
ALTER TABLE inbox_message DROP CONSTRAINT inbox_message_kind_ck;
ALTER TABLE inbox_message ADD CONSTRAINT inbox_message_kind_ck CHECK (kind IN ('NOTICE', 'REMINDER', 'CASE', 'REPORT', 'MILEAGE'));

CREATE SEQUENCE message_mail_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE message_mail (
    id              BIGINT        NOT NULL PRIMARY KEY,
    message_id      BIGINT        NOT NULL REFERENCES inbox_message (id),
    address         VARCHAR(200)  NOT NULL,
    status          VARCHAR(8)    NOT NULL,
    attempts        INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP     NOT NULL,
    sent_at         TIMESTAMP,
    CONSTRAINT message_mail_uk UNIQUE (message_id),
    CONSTRAINT message_mail_status_ck CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX message_mail_due_ix ON message_mail (status, next_attempt_at);
