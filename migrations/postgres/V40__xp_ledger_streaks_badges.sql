-- Gamification (DESIGN.md §9): an append-only XP ledger, the local dates a user was active on, freeze tokens,
-- granted badges and per-period leaderboard totals. user_gamification (V6) stays a derived summary of these.

-- One row per award; the unique (user_id, source_key) makes awarding the same thing twice a no-op.
CREATE TABLE xp_events (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    source_key  VARCHAR(200) NOT NULL,   -- 'solve:<problemId>', 'quiz:<attemptId>', 'badge:<slug>' …
    kind        VARCHAR(20) NOT NULL CHECK (kind IN ('solve', 'quiz', 'daily', 'path_module', 'badge')),
    xp          INTEGER NOT NULL CHECK (xp >= 0),
    -- The user's local date when the award happened, in the zone they had then.
    local_date  DATE NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    UNIQUE (user_id, source_key)
);
CREATE INDEX idx_xp_events_user_created ON xp_events(user_id, created_at);

-- The local dates a user practised on, stored when it happens so a later zone change never rewrites history.
-- A frozen row is a missed day covered by a freeze token.
CREATE TABLE streak_days (
    user_id        UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    local_date     DATE NOT NULL,
    timezone       VARCHAR(50) NOT NULL,
    activity_count INTEGER NOT NULL DEFAULT 0,
    frozen         BOOLEAN NOT NULL DEFAULT false,
    first_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, local_date)
);

ALTER TABLE user_gamification ADD COLUMN freeze_tokens INTEGER NOT NULL DEFAULT 0
    CHECK (freeze_tokens BETWEEN 0 AND 2);

CREATE TABLE user_badges (
    user_id    UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    badge_id   UUID NOT NULL REFERENCES badges(id) ON DELETE CASCADE,
    reason     TEXT NOT NULL,
    granted_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    PRIMARY KEY (user_id, badge_id)
);

-- XP per user per leaderboard period, upserted in the award transaction: the PostgreSQL fallback when Redis is down.
-- reached_at is when the user last gained XP in the period (earlier reaches rank first among equal scores).
CREATE TABLE leaderboard_totals (
    period     VARCHAR(10) NOT NULL CHECK (period IN ('weekly', 'monthly', 'alltime')),
    period_key VARCHAR(20) NOT NULL,     -- '2026-W49', '2026-12', 'all'
    user_id    UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    xp         INTEGER NOT NULL,
    reached_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (period, period_key, user_id)
);
CREATE INDEX idx_leaderboard_totals_rank ON leaderboard_totals(period, period_key, xp DESC, reached_at);
