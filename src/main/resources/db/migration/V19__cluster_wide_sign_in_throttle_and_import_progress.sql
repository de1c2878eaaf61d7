-- Issue 19 (one truth across nodes): state that lived in one node's memory moves to the database that every node
-- shares (and that a single node with clustering off has too).
--
-- Failed sign-ins counted per (user name, client address) and per client address: a balancer that spreads an
-- attacker's tries over the nodes no longer gives him a count per node. One row per key ('u:NAME|a:ADDRESS' or
-- 'a:ADDRESS'), inserted with ON CONFLICT DO NOTHING and then updated under its row lock, so that concurrent failures on
-- several nodes all count. Times are epoch milliseconds (instants, compared with the server's clock, never shown).
-- Rows whose lock and failures are older than the lock time are pruned now and then.
CREATE TABLE sign_in_throttle (
    throttle_key   VARCHAR(200) NOT NULL PRIMARY KEY,
    failures       INTEGER      NOT NULL,
    last_failure   BIGINT       NOT NULL,
    locked_until   BIGINT,
    CONSTRAINT sign_in_throttle_failures_ck CHECK (failures >= 0)
);
CREATE INDEX sign_in_throttle_last_failure_ix ON sign_in_throttle (last_failure);

-- How far a running page import has got (the CSV import page's progress bar), keyed by the upload screen's id: written
-- by the importing node in transactions of their own, read by whichever node serves the bar's polls. Rows not touched
-- for 30 minutes are dropped by later imports.
CREATE TABLE import_progress (
    upload_id   VARCHAR(64) NOT NULL PRIMARY KEY,
    total       INTEGER     NOT NULL,
    checked     INTEGER     NOT NULL,
    written     INTEGER     NOT NULL,
    finished    BOOLEAN     NOT NULL,
    updated_at  BIGINT      NOT NULL
);
