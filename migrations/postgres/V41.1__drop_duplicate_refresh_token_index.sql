-- V8 added a plain index on refresh_tokens(token_hash); V30 added the UNIQUE index idx_refresh_tokens_token_hash_unique
-- on the same column, which serves the same lookups and also keeps one row per hash. The plain one only cost space
-- and a second write on every token issued. Versioned above every existing file: Flyway (and our runner) ignore a
-- version lower than the latest applied one unless outOfOrder is on, so a V3x fix would never reach a migrated database.
DROP INDEX IF EXISTS idx_refresh_tokens_token_hash;
