-- What the seed schema misses (DESIGN.md §4), added after the seed's tables so V1–V7 stay as the seed wrote them.

-- Refresh-token lookups go by hash on every token refresh.
CREATE INDEX idx_refresh_tokens_token_hash ON refresh_tokens(token_hash);

-- Billing history is listed per user.
CREATE INDEX idx_payments_user_id ON payments(user_id);

-- One snapshot row per user per period, so a re-run of the snapshot job upserts instead of duplicating.
ALTER TABLE leaderboard_snapshots
    ADD CONSTRAINT leaderboard_snapshots_period_period_date_user_id_key UNIQUE (period, period_date, user_id);

-- The seed's UNIQUE(user_id, module_id) does not stop duplicates for path-level rows, whose module_id is NULL
-- (NULLs are distinct in a unique constraint). Replaced by two partial unique indexes: one row per user and module,
-- and one path-level row (module_id IS NULL) per user and path. Upserts name them with
-- ON CONFLICT (user_id, module_id) WHERE module_id IS NOT NULL, or (user_id, path_id) WHERE module_id IS NULL.
ALTER TABLE user_progress DROP CONSTRAINT user_progress_user_id_module_id_key;
CREATE UNIQUE INDEX uq_user_progress_user_module ON user_progress(user_id, module_id) WHERE module_id IS NOT NULL;
CREATE UNIQUE INDEX uq_user_progress_user_path ON user_progress(user_id, path_id) WHERE module_id IS NULL;
