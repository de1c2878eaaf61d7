-- Embedded H2 (db/vendor/h2; PostgreSQL has its own V10). Every index costs a petition import an entry per row, and on
-- H2 most of an import's time is spent writing index pages, so H2 keeps only indexes it reads with profit:
-- * petition_kpi_ix (V9) serves PostgreSQL's index-only scans; H2 still visits the row for each entry it reads, so
--   here the twelve-column entry was pure write cost. The plain approval-time index serves the same range queries.
-- * mileage_entry_petition_ix repeats the leading column of mileage_entry_score_uk (petition_id, score_seq).
DROP INDEX petition_kpi_ix;
CREATE INDEX petition_approved_ix ON petition (approved_at);
DROP INDEX mileage_entry_petition_ix;
