-- Issue 14 (security): a session epoch per account, raised on every password change, so that every node refuses the
-- sessions opened before it (the session keeps the epoch it signed in with); and the address of the last successful
-- sign-in, which the per-user sign-in delay spares (a stranger's failures cannot keep the owner out).
ALTER TABLE account ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE account ADD COLUMN last_login_address VARCHAR(64);
