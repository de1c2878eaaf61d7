-- PostgreSQL (db/vendor/postgresql; H2 has its own V10). mileage_entry_petition_ix repeats the leading column of
-- mileage_entry_score_uk (petition_id, score_seq), which serves every lookup by petition; one index less to write per
-- scored petition.
DROP INDEX mileage_entry_petition_ix;
