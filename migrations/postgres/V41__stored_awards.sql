-- What an accepted submission or a finished quiz awarded (contract Award: xpGained, xpTotal, level, leveledUp,
-- streak, badges), written in the same transaction as the award so a later GET or an SSE replay shows the same.
ALTER TABLE code_submissions ADD COLUMN award JSONB;
ALTER TABLE quiz_attempts ADD COLUMN award JSONB;
