-- One measure of lateness (DOMAIN.md §4): the working days a completed petition was late against its deadline in
-- force, a part of a day counting whole; 0 when on time. The portal writes it with on_time whenever it schedules a
-- petition. Rows completed before this version get the flag again from the stored deadline (an approval after it, by
-- any amount, is late) and an estimate of the days from time used; the next change of such a petition recomputes both.
ALTER TABLE petition ADD COLUMN late_days INTEGER;

UPDATE petition SET
    on_time = CASE WHEN approved_at > deadline THEN FALSE ELSE TRUE END,
    late_days = CASE
        WHEN approved_at <= deadline THEN 0
        WHEN used_days IS NULL OR used_days - legal_days < 1 THEN 1
        ELSE CAST(CEIL(used_days - legal_days) AS INTEGER)
    END
WHERE approved_at IS NOT NULL;
