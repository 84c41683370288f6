-- Idempotency-Key support for every POST (issue 7): the first response per (caller, key) is stored and replayed.
-- scope is the caller's user id, or 'anonymous' for public routes (register, login, refresh).
CREATE TABLE idempotency_keys (
    scope           TEXT NOT NULL,
    idem_key        TEXT NOT NULL,
    route_id        TEXT NOT NULL,
    request_hash    TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('in_progress', 'completed')),
    response_status INTEGER,
    response_type   TEXT,
    response_body   TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    locked_until    TIMESTAMPTZ NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (scope, idem_key)
);

CREATE INDEX idx_idempotency_keys_expires_at ON idempotency_keys(expires_at);
