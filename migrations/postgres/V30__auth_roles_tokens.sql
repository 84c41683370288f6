-- Server auth (issue 7): roles, refresh-token families and API tokens.

-- Roles beyond the implicit 'user'. A table (not a column) so a user can be both author and admin.
CREATE TABLE user_roles (
    user_id     UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role        VARCHAR(20) NOT NULL CHECK (role IN ('author', 'admin')),
    granted_by  UUID REFERENCES users(id) ON DELETE SET NULL,
    granted_at  TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    PRIMARY KEY (user_id, role)
);

CREATE INDEX idx_user_roles_role ON user_roles(role);

-- Refresh-token rotation: every token of one login shares a family; a rotated token points at its successor, so
-- presenting it again (reuse) is detected and the whole family is revoked.
ALTER TABLE refresh_tokens ADD COLUMN family_id UUID;
ALTER TABLE refresh_tokens ADD COLUMN replaced_by UUID REFERENCES refresh_tokens(id) ON DELETE SET NULL;
ALTER TABLE refresh_tokens ADD COLUMN revoked_at TIMESTAMPTZ;
ALTER TABLE refresh_tokens ADD COLUMN last_used_at TIMESTAMPTZ;
UPDATE refresh_tokens SET family_id = id WHERE family_id IS NULL;
ALTER TABLE refresh_tokens ALTER COLUMN family_id SET NOT NULL;

CREATE UNIQUE INDEX idx_refresh_tokens_token_hash_unique ON refresh_tokens(token_hash);
CREATE INDEX idx_refresh_tokens_family_id ON refresh_tokens(family_id);

-- API tokens for the CLI and integrators: only a SHA-256 of the secret is stored; the prefix finds the row.
CREATE TABLE api_tokens (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name            VARCHAR(100) NOT NULL,
    token_prefix    VARCHAR(32) NOT NULL UNIQUE,
    token_hash      TEXT NOT NULL,
    created_by      UUID REFERENCES users(id) ON DELETE SET NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    expires_at      TIMESTAMPTZ,
    last_used_at    TIMESTAMPTZ,
    revoked_at      TIMESTAMPTZ
);

CREATE INDEX idx_api_tokens_user_id ON api_tokens(user_id, created_at DESC);
