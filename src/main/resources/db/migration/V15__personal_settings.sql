-- Issue 17/18: a person's own settings. The language he reads the portal in (ko or en; NULL = the office default,
-- Korean), and whether he wants pre-notices by e-mail and by SMS at all (the inbox always gets everything).
ALTER TABLE employee ADD COLUMN language VARCHAR(5);
ALTER TABLE employee ADD COLUMN email_opt_out BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE employee ADD COLUMN sms_opt_out BOOLEAN DEFAULT FALSE NOT NULL;
