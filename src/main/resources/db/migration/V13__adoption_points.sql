-- Issue 13 (4): the adoption reward could never pay, every rule set held 0 adoption points. The starting version is
-- the 성동구 2009 preset, which now gives 2 points per adopting unit of another department (Presets.adoptionPoints).
-- Only the untouched seeded row changes: no adoption ever earned points under it, so no ledger line loses its basis,
-- and adoptions recorded before this migration are not paid after the fact. Versions admins made are left alone.
UPDATE mileage_rule_set SET adoption_points = 2.0
 WHERE id = 1 AND preset = 'SEONGDONG_2009' AND created_by = 'system' AND adoption_points = 0;
