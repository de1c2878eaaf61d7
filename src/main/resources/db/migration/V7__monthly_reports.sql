-- The monthly status report (시행령 제22조): one row per month, its figures frozen as JSON when made. The unique month
-- makes the automatic run exactly-once across nodes and overlapping runs; a regeneration rewrites the row and says who.

CREATE SEQUENCE monthly_report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE monthly_report (
    id             BIGINT          NOT NULL PRIMARY KEY,
    report_month   VARCHAR(7)      NOT NULL,
    generated_at   TIMESTAMP       NOT NULL,
    generated_by   VARCHAR(60),
    automatic      BOOLEAN         NOT NULL,
    regenerations  INTEGER         NOT NULL DEFAULT 0,
    figures_json   VARCHAR(400000) NOT NULL,
    created_at     TIMESTAMP       NOT NULL,
    version        BIGINT          NOT NULL DEFAULT 0,
    CONSTRAINT monthly_report_month_uk UNIQUE (report_month),
    CONSTRAINT monthly_report_month_ck CHECK (report_month LIKE '____-__')
);

-- The report's message in the portal inbox is a kind of its own.
ALTER TABLE inbox_message DROP CONSTRAINT inbox_message_kind_ck;
ALTER TABLE inbox_message ADD CONSTRAINT inbox_message_kind_ck CHECK (kind IN ('NOTICE', 'REMINDER', 'CASE', 'REPORT'));
