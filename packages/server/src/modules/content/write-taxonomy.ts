import type { Badge, Plan, Topic } from '@avantika/contract';
import type { Queryable } from '../../adapters/sql/sql.js';
import { hashContent } from './content-hash.js';
import type { ImportCounts } from './import-counts.js';

interface Existing {
  id: string;
  key: string;
  content_hash: string | null;
}

/** Upserts topics by slug (adopting a seed row with the same name and no slug); returns nothing, ids are read later. */
export async function writeTopics(tx: Queryable, topics: readonly Topic[], counts: ImportCounts): Promise<void> {
  if (topics.length === 0) return;
  const { rows } = await tx.query<Existing & { name: string }>(
    'SELECT id, coalesce(slug, name) AS key, name, content_hash FROM topics WHERE slug = ANY($1::text[]) OR (slug IS NULL AND name = ANY($2::text[]))',
    [topics.map((t) => t.slug), topics.map((t) => t.name)],
  );
  const bySlug = new Map(rows.map((r) => [r.key, r]));
  const byName = new Map(rows.map((r) => [r.name, r]));
  const touched: Topic[] = [];
  for (const topic of topics) {
    const hash = hashContent(topic);
    const row = bySlug.get(topic.slug) ?? byName.get(topic.name);
    const values = [topic.slug, topic.name, topic.category, topic.iconUrl ?? null, hash];
    if (!row) {
      await tx.query(
        'INSERT INTO topics (slug, name, category, icon_url, content_hash) VALUES ($1, $2, $3, $4, $5)',
        values,
      );
      counts.created++;
    } else if (row.content_hash !== hash) {
      await tx.query(
        'UPDATE topics SET slug = $1, name = $2, category = $3, icon_url = $4, content_hash = $5 WHERE id = $6',
        [...values, row.id],
      );
      counts.updated++;
    } else {
      counts.unchanged++;
      continue;
    }
    touched.push(topic);
  }
  // Parents after every topic exists, so a parent may come later in the file.
  for (const topic of touched) {
    await tx.query('UPDATE topics SET parent_id = (SELECT id FROM topics WHERE slug = $2) WHERE slug = $1', [
      topic.slug,
      topic.parent ?? null,
    ]);
  }
}

/** Upserts subscription plans by name. */
export async function writePlans(tx: Queryable, plans: readonly Plan[], counts: ImportCounts): Promise<void> {
  if (plans.length === 0) return;
  const { rows } = await tx.query<Existing>(
    'SELECT id, name AS key, content_hash FROM subscription_plans WHERE name = ANY($1::text[])',
    [plans.map((p) => p.name)],
  );
  const byName = new Map(rows.map((r) => [r.key, r]));
  for (const plan of plans) {
    const hash = hashContent(plan);
    const row = byName.get(plan.name);
    const values = [
      plan.name,
      plan.displayName,
      plan.priceUsd,
      plan.priceInr ?? null,
      plan.billingPeriod ?? null,
      plan.aiTokensMonthly,
      JSON.stringify(plan.features),
      plan.active,
      hash,
    ];
    if (!row) {
      await tx.query(
        `INSERT INTO subscription_plans (name, display_name, price_usd, price_inr, billing_period, ai_tokens_monthly,
           features, is_active, content_hash) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9)`,
        values,
      );
      counts.created++;
    } else if (row.content_hash !== hash) {
      await tx.query(
        `UPDATE subscription_plans SET name = $1, display_name = $2, price_usd = $3, price_inr = $4, billing_period = $5,
           ai_tokens_monthly = $6, features = $7::jsonb, is_active = $8, content_hash = $9 WHERE id = $10`,
        [...values, row.id],
      );
      counts.updated++;
    } else counts.unchanged++;
  }
}

/** Upserts badges by slug; `criteria` is stored as the JSON the gamification engine evaluates. */
export async function writeBadges(tx: Queryable, badges: readonly Badge[], counts: ImportCounts): Promise<void> {
  if (badges.length === 0) return;
  const { rows } = await tx.query<Existing>(
    'SELECT id, slug AS key, content_hash FROM badges WHERE slug = ANY($1::text[])',
    [badges.map((b) => b.slug)],
  );
  const bySlug = new Map(rows.map((r) => [r.key, r]));
  for (const badge of badges) {
    const hash = hashContent(badge);
    const row = bySlug.get(badge.slug);
    const values = [
      badge.slug,
      badge.name,
      badge.description,
      badge.iconUrl ?? null,
      JSON.stringify(badge.criteria),
      badge.xpReward,
      hash,
    ];
    if (!row) {
      await tx.query(
        `INSERT INTO badges (slug, name, description, icon_url, criteria, xp_reward, content_hash)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)`,
        values,
      );
      counts.created++;
    } else if (row.content_hash !== hash) {
      await tx.query(
        `UPDATE badges SET slug = $1, name = $2, description = $3, icon_url = $4, criteria = $5::jsonb, xp_reward = $6,
           content_hash = $7 WHERE id = $8`,
        [...values, row.id],
      );
      counts.updated++;
    } else counts.unchanged++;
  }
}

/** Topic ids by slug for the given slugs (all must exist once topics are written). */
export async function loadTopicIds(tx: Queryable, slugs: readonly string[]): Promise<Map<string, string>> {
  const { rows } = await tx.query<{ id: string; slug: string }>(
    'SELECT id, slug FROM topics WHERE slug = ANY($1::text[])',
    [[...new Set(slugs)]],
  );
  return new Map(rows.map((r) => [r.slug, r.id]));
}
