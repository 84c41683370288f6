-- How many users hold each XP value per leaderboard period, so the PostgreSQL fallback answers "my rank"
-- (1 + users with more XP) by summing at most one row per distinct XP value instead of counting every user above.
-- Rows are signed deltas appended by statement triggers on leaderboard_totals: awards never update a shared counter
-- row, so concurrent awards neither wait on nor deadlock over it. compact (LeaderboardService) folds the deltas of a
-- period into one row per XP value.
CREATE TABLE leaderboard_xp_counts (
    period     VARCHAR(10) NOT NULL,
    period_key VARCHAR(20) NOT NULL,
    xp         INTEGER NOT NULL,
    users      INTEGER NOT NULL
);
CREATE INDEX idx_leaderboard_xp_counts ON leaderboard_xp_counts(period, period_key, xp);

CREATE FUNCTION leaderboard_xp_counts_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO leaderboard_xp_counts (period, period_key, xp, users)
    SELECT period, period_key, xp, COUNT(*) FROM new_rows GROUP BY period, period_key, xp;
    RETURN NULL;
END $$;

CREATE FUNCTION leaderboard_xp_counts_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO leaderboard_xp_counts (period, period_key, xp, users)
    SELECT period, period_key, xp, SUM(d) FROM (
        SELECT period, period_key, xp, 1 AS d FROM new_rows
        UNION ALL SELECT period, period_key, xp, -1 FROM old_rows
    ) changes GROUP BY period, period_key, xp HAVING SUM(d) <> 0;
    RETURN NULL;
END $$;

CREATE FUNCTION leaderboard_xp_counts_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO leaderboard_xp_counts (period, period_key, xp, users)
    SELECT period, period_key, xp, -COUNT(*) FROM old_rows GROUP BY period, period_key, xp;
    RETURN NULL;
END $$;

CREATE TRIGGER leaderboard_totals_counts_insert AFTER INSERT ON leaderboard_totals
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION leaderboard_xp_counts_insert();
CREATE TRIGGER leaderboard_totals_counts_update AFTER UPDATE ON leaderboard_totals
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION leaderboard_xp_counts_update();
CREATE TRIGGER leaderboard_totals_counts_delete AFTER DELETE ON leaderboard_totals
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION leaderboard_xp_counts_delete();

INSERT INTO leaderboard_xp_counts (period, period_key, xp, users)
SELECT period, period_key, xp, COUNT(*) FROM leaderboard_totals GROUP BY period, period_key, xp;
