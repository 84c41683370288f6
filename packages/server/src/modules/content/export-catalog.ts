import { stringify } from 'yaml';
import type { Queryable } from '../../adapters/sql/sql.js';
import type { ProblemDocuments } from './content-documents.js';
import type { PackWriter } from './pack-writer.js';

const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });

/** Drops null and undefined fields so optional ones are left out of the file, as an author would. */
function compact<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}

/** Writes topics.yaml, plans.yaml and badges.yaml (only rows that exist); returns how many files it wrote. */
export async function exportTaxonomy(db: Queryable, out: PackWriter): Promise<number> {
  let files = 0;
  const topics = await db.query<Record<string, unknown>>(
    `SELECT t.slug, t.name, t.category, p.slug AS parent, t.icon_url AS "iconUrl"
       FROM topics t LEFT JOIN topics p ON p.id = t.parent_id WHERE t.slug IS NOT NULL ORDER BY t.slug`,
  );
  if (topics.rows.length > 0) {
    await out.write('topics.yaml', yaml({ topics: topics.rows.map(compact) }));
    files++;
  }
  const plans = await db.query<Record<string, unknown>>(
    `SELECT name, display_name AS "displayName", price_usd AS "priceUsd", price_inr AS "priceInr",
            billing_period AS "billingPeriod", ai_tokens_monthly AS "aiTokensMonthly", is_active AS active, features
       FROM subscription_plans ORDER BY price_usd, name`,
  );
  if (plans.rows.length > 0) {
    const list = plans.rows.map((p) =>
      compact({
        ...p,
        priceUsd: Number(p.priceUsd),
        priceInr: p.priceInr === null ? null : Number(p.priceInr),
        aiTokensMonthly: Number(p.aiTokensMonthly ?? 0),
        active: p.active ?? true,
      }),
    );
    await out.write('plans.yaml', yaml({ plans: list }));
    files++;
  }
  const badges = await db.query<Record<string, unknown>>(
    `SELECT slug, name, description, icon_url AS "iconUrl", xp_reward AS "xpReward", criteria FROM badges ORDER BY slug`,
  );
  if (badges.rows.length > 0) {
    const list = badges.rows.map((b) => compact({ ...b, xpReward: Number(b.xpReward ?? 0) }));
    await out.write('badges.yaml', yaml({ badges: list }));
    files++;
  }
  return files;
}

/** Writes mcq/<set>.yaml for every set, questions in order; returns how many sets it wrote. */
export async function exportMcqSets(db: Queryable, docs: ProblemDocuments, out: PackWriter): Promise<number> {
  const sets = await db.query<{
    id: string;
    slug: string;
    title: string;
    description: string | null;
    domain: string;
    topic: string;
    is_premium: boolean;
  }>(
    `SELECT s.id, s.slug, s.title, s.description, s.domain, t.slug AS topic, s.is_premium
       FROM mcq_sets s JOIN topics t ON t.id = s.topic_id ORDER BY s.slug`,
  );
  if (sets.rows.length === 0) return 0;
  const members = await db.query<{ set_id: string; problem_id: string }>(
    'SELECT set_id, problem_id FROM mcq_set_questions ORDER BY set_id, order_index',
  );
  const documents = await docs.get(members.rows.map((m) => m.problem_id));
  for (const set of sets.rows) {
    const questions = members.rows
      .filter((m) => m.set_id === set.id)
      .map((m) => {
        const doc = documents.get(m.problem_id);
        if (doc?.type !== 'mcq') throw new Error(`MCQ question ${m.problem_id} of ${set.slug} has no document`);
        return {
          id: doc.questionKey,
          difficulty: doc.difficulty,
          question: doc.question,
          options: doc.options.map((o) => (o.isCorrect ? { text: o.text, correct: true } : { text: o.text })),
          ...(doc.multiSelect ? { multiSelect: true } : {}),
          explanation: doc.explanation,
          relatedConcepts: doc.relatedConcepts,
        };
      });
    const file = compact({
      set: set.slug,
      title: set.title,
      domain: set.domain,
      topic: set.topic,
      description: set.description,
      premium: set.is_premium,
      questions,
    });
    await out.write(`mcq/${set.slug}.yaml`, yaml(file));
  }
  return sets.rows.length;
}

/** Writes paths/<slug>.yaml for every path with its modules and items; returns how many it wrote. */
export async function exportPaths(db: Queryable, out: PackWriter): Promise<number> {
  const paths = await db.query<Record<string, unknown> & { id: string; slug: string }>(
    `SELECT id, slug, title, description, path_type AS type, target_roles AS "targetRoles", experience_level AS level,
            difficulty, estimated_hours AS "estimatedHours", cover_image_url AS "coverImageUrl", is_premium AS premium,
            is_published AS published, order_index AS "order"
       FROM learning_paths ORDER BY order_index, slug`,
  );
  if (paths.rows.length === 0) return 0;
  const modules = await db.query<Record<string, unknown> & { id: string; path_id: string }>(
    `SELECT id, path_id, module_key AS "key", title, description, module_type AS type, duration_minutes AS "durationMinutes",
            is_premium AS premium FROM path_modules ORDER BY path_id, order_index`,
  );
  const items = await db.query<{ module_id: string; kind: string; ref: string; title: string | null }>(
    'SELECT module_id, kind, ref, title FROM path_module_items ORDER BY module_id, order_index',
  );
  for (const { id, slug, ...path } of paths.rows) {
    const mods = modules.rows
      .filter((m) => m.path_id === id)
      .map(({ id: moduleId, path_id: _p, key, ...m }) =>
        compact({
          id: key,
          ...m,
          items: items.rows
            .filter((i) => i.module_id === moduleId)
            .map((i) =>
              i.kind === 'problem'
                ? { problem: i.ref }
                : i.kind === 'mcq_set'
                  ? { mcqSet: i.ref }
                  : { article: i.ref, title: i.title },
            ),
        }),
      );
    await out.write(`paths/${slug}.yaml`, yaml(compact({ slug, ...path, modules: mods })));
  }
  return paths.rows.length;
}
