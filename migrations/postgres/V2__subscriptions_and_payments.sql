-- Seed schema (database-schema.md, "Subscriptions & Payments"), exactly as written.

-- Subscription plans
CREATE TABLE subscription_plans (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    name            VARCHAR(100) NOT NULL,   -- 'free', 'pro_monthly', 'pro_annual', 'enterprise'
    display_name    VARCHAR(100) NOT NULL,
    price_usd       DECIMAL(10,2) NOT NULL,
    price_inr       DECIMAL(10,2),
    billing_period  VARCHAR(20),             -- 'monthly', 'annual', 'one_time'
    ai_tokens_monthly INTEGER DEFAULT 0,
    features        JSONB NOT NULL,
    is_active       BOOLEAN DEFAULT true,
    created_at      TIMESTAMPTZ DEFAULT NOW()
);

-- User subscriptions
CREATE TABLE subscriptions (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         UUID NOT NULL REFERENCES users(id),
    tenant_id       UUID REFERENCES tenants(id),
    plan_id         UUID NOT NULL REFERENCES subscription_plans(id),
    status          VARCHAR(50) NOT NULL DEFAULT 'active',
                    -- 'active', 'cancelled', 'past_due', 'paused', 'trialing'
    stripe_subscription_id TEXT UNIQUE,
    razorpay_subscription_id TEXT UNIQUE,
    current_period_start    TIMESTAMPTZ,
    current_period_end      TIMESTAMPTZ,
    trial_end       TIMESTAMPTZ,
    cancelled_at    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ DEFAULT NOW(),
    updated_at      TIMESTAMPTZ DEFAULT NOW()
);

CREATE INDEX idx_subscriptions_user_id ON subscriptions(user_id);
CREATE INDEX idx_subscriptions_status ON subscriptions(status);

-- Payment transactions
CREATE TABLE payments (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         UUID NOT NULL REFERENCES users(id),
    subscription_id UUID REFERENCES subscriptions(id),
    amount_usd      DECIMAL(10,2),
    amount_inr      DECIMAL(10,2),
    currency        VARCHAR(10) DEFAULT 'USD',
    status          VARCHAR(50) NOT NULL,  -- 'pending', 'succeeded', 'failed', 'refunded'
    payment_method  VARCHAR(50),           -- 'card', 'upi', 'netbanking'
    stripe_payment_intent_id TEXT,
    razorpay_order_id TEXT,
    invoice_url     TEXT,
    metadata        JSONB DEFAULT '{}',
    created_at      TIMESTAMPTZ DEFAULT NOW()
);

-- AI token usage tracking
CREATE TABLE ai_token_usage (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         UUID NOT NULL REFERENCES users(id),
    feature         VARCHAR(100) NOT NULL,  -- 'ai_interview', 'code_review', 'resume_analyze'
    tokens_used     INTEGER NOT NULL,
    model           VARCHAR(100),           -- 'claude-sonnet-4-6', 'gpt-4o'
    cost_usd        DECIMAL(10,6),
    session_id      UUID,
    created_at      TIMESTAMPTZ DEFAULT NOW()
);

CREATE INDEX idx_ai_token_usage_user_id ON ai_token_usage(user_id);
CREATE INDEX idx_ai_token_usage_created_at ON ai_token_usage(created_at);
