-- Issue 18: the monthly 특일정보 fetch claims its month here before it runs, so that of several nodes only one fetches
-- and merges (the merge is idempotent anyway). A claim without finished_at is a run in progress, or one that died:
-- after an hour another node may take it over. A failed run deletes its claim so that the next day retries.
CREATE TABLE holiday_feed_run (
    run_month    VARCHAR(7)  NOT NULL PRIMARY KEY,
    claimed_at   TIMESTAMP   NOT NULL,
    finished_at  TIMESTAMP,
    added        INTEGER,
    CONSTRAINT holiday_feed_run_month_ck CHECK (run_month LIKE '____-__')
);
