-- Embedded H2 (db/vendor/h2; PostgreSQL has its own V10). Every index costs a petition import an entry per row, and on
-- H2 inserting index entries is most of an import's time (bench/README.md), so:
-- * petition_kpi_ix (V9) was made for PostgreSQL's index-only scans over a year of approvals at 500,000 petitions.
--   On the embedded database, meant for smaller offices and trials, its twelve-column entry per petition cost the
--   import 10-15 % of the engine's insert time in a stand-alone test; the KPI queries read by the plain
--   approval-time index again, as before V9.
-- * mileage_entry_petition_ix repeats the leading column of mileage_entry_score_uk (petition_id, score_seq).
DROP INDEX petition_kpi_ix;
CREATE INDEX petition_approved_ix ON petition (approved_at);
DROP INDEX mileage_entry_petition_ix;
