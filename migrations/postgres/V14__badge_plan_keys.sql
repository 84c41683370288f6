-- Badges and plans are upserted by natural key from content files: badges by slug (unique in the seed), plans by
-- name (the seed has no unique key on it).
CREATE UNIQUE INDEX IF NOT EXISTS idx_subscription_plans_name ON subscription_plans(name);
ALTER TABLE badges ADD COLUMN content_hash TEXT;
ALTER TABLE subscription_plans ADD COLUMN content_hash TEXT;
