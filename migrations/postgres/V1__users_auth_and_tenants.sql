-- Seed schema (database-schema.md, "Users & Auth"), as written except for the seed's two defects:
--   1. `tenants` is created first: the seed creates `users` (which references tenants(id)) before `tenants`.
--   2. users.current_role is named `current_job_role`: CURRENT_ROLE is a reserved word in PostgreSQL, so the
--      seed's column definition does not parse.
-- The extensions: gen_random_uuid() is built in since PostgreSQL 13; pg_trgm backs search, uuid-ossp and
-- pgcrypto are loaded for content and tokens (PGlite ships all three).
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Multi-tenancy
CREATE TABLE tenants (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    name            VARCHAR(255) NOT NULL,
    slug            VARCHAR(100) UNIQUE NOT NULL,
    domain          VARCHAR(255) UNIQUE,
    logo_url        TEXT,
    plan            VARCHAR(50) DEFAULT 'enterprise',
    max_seats       INTEGER DEFAULT 100,
    settings        JSONB DEFAULT '{}',
    is_active       BOOLEAN DEFAULT true,
    created_at      TIMESTAMPTZ DEFAULT NOW()
);

-- Core user table
CREATE TABLE users (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    email           VARCHAR(255) UNIQUE NOT NULL,
    username        VARCHAR(100) UNIQUE NOT NULL,
    full_name       VARCHAR(255) NOT NULL,
    avatar_url      TEXT,
    bio             TEXT,
    years_experience INTEGER DEFAULT 0,
    current_job_role VARCHAR(100),  -- seed: current_role (fixed, see header)
    target_role     VARCHAR(100),
    target_company  VARCHAR(100),
    linkedin_url    TEXT,
    github_url      TEXT,
    country         VARCHAR(100),
    timezone        VARCHAR(50) DEFAULT 'UTC',
    tier            VARCHAR(20) DEFAULT 'free' CHECK (tier IN ('free', 'pro', 'enterprise')),
    tenant_id       UUID REFERENCES tenants(id),
    is_active       BOOLEAN DEFAULT true,
    is_email_verified BOOLEAN DEFAULT false,
    onboarding_completed BOOLEAN DEFAULT false,
    created_at      TIMESTAMPTZ DEFAULT NOW(),
    updated_at      TIMESTAMPTZ DEFAULT NOW(),
    last_login_at   TIMESTAMPTZ
);

CREATE INDEX idx_users_email ON users(email);
CREATE INDEX idx_users_tenant_id ON users(tenant_id);
CREATE INDEX idx_users_tier ON users(tier);

-- Auth credentials
CREATE TABLE user_credentials (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    provider        VARCHAR(50) NOT NULL,  -- 'email', 'google', 'github', 'linkedin'
    provider_id     VARCHAR(255),          -- OAuth provider's user ID
    password_hash   TEXT,                  -- For email auth only
    created_at      TIMESTAMPTZ DEFAULT NOW(),
    UNIQUE(provider, provider_id)
);

-- Refresh tokens
CREATE TABLE refresh_tokens (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash      TEXT NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    revoked         BOOLEAN DEFAULT false,
    device_info     JSONB,
    created_at      TIMESTAMPTZ DEFAULT NOW()
);

CREATE INDEX idx_refresh_tokens_user_id ON refresh_tokens(user_id);
