-- Seed schema (database-schema.md, "Gamification"), exactly as written.

-- User XP and levels
CREATE TABLE user_gamification (
    user_id         UUID PRIMARY KEY REFERENCES users(id),
    xp_total        INTEGER DEFAULT 0,
    xp_this_week    INTEGER DEFAULT 0,
    level           INTEGER DEFAULT 1,
    streak_current  INTEGER DEFAULT 0,
    streak_longest  INTEGER DEFAULT 0,
    streak_last_date DATE,
    badges          JSONB DEFAULT '[]',
    rank_global     INTEGER,
    rank_country    INTEGER,
    updated_at      TIMESTAMPTZ DEFAULT NOW()
);

-- Badges catalog
CREATE TABLE badges (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    slug        VARCHAR(100) UNIQUE NOT NULL,
    name        VARCHAR(100) NOT NULL,
    description TEXT,
    icon_url    TEXT,
    criteria    JSONB,     -- Unlock criteria definition
    xp_reward   INTEGER DEFAULT 0
);

-- Leaderboard (also maintained in Redis sorted sets for real-time)
CREATE TABLE leaderboard_snapshots (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    period      VARCHAR(20),  -- 'daily', 'weekly', 'monthly', 'all_time'
    period_date DATE NOT NULL,
    user_id     UUID NOT NULL REFERENCES users(id),
    score       INTEGER NOT NULL,
    rank        INTEGER,
    created_at  TIMESTAMPTZ DEFAULT NOW()
);
