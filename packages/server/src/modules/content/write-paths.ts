import type { LearningPath } from '@avantika/contract';
import type { Queryable } from '../../adapters/sql/sql.js';
import { hashContent } from './content-hash.js';
import type { ImportCounts } from './import-counts.js';

type Item = LearningPath['modules'][number]['items'][number];

function itemKey(item: Item): { kind: 'problem' | 'mcq_set' | 'article'; ref: string; title: string | null } {
  if ('problem' in item) return { kind: 'problem', ref: item.problem, title: null };
  if ('mcqSet' in item) return { kind: 'mcq_set', ref: item.mcqSet, title: null };
  return { kind: 'article', ref: item.article, title: item.title };
}

/**
 * Writes a module's items, keeping the id of every item that is still there (matched by kind and reference), because
 * progress rows (path_item_completions) point at item ids.
 */
async function writeItems(tx: Queryable, moduleId: string, items: readonly Item[]): Promise<void> {
  const existing = await tx.query<{ id: string; kind: string; ref: string }>(
    'SELECT id, kind, ref FROM path_module_items WHERE module_id = $1',
    [moduleId],
  );
  const byKey = new Map(existing.rows.map((r) => [`${r.kind} ${r.ref}`, r.id]));
  const keep = items
    .map((item) => byKey.get(`${itemKey(item).kind} ${itemKey(item).ref}`))
    .filter((id) => id !== undefined);
  await tx.query('DELETE FROM path_module_items WHERE module_id = $1 AND NOT (id = ANY($2::uuid[]))', [moduleId, keep]);
  // Move kept items out of the way so the new order never collides with the unique (module_id, order_index).
  await tx.query('UPDATE path_module_items SET order_index = -order_index - 1 WHERE module_id = $1', [moduleId]);
  for (const [j, item] of items.entries()) {
    const { kind, ref, title } = itemKey(item);
    const id = byKey.get(`${kind} ${ref}`);
    if (id) {
      await tx.query('UPDATE path_module_items SET order_index = $1, title = $2 WHERE id = $3', [j, title, id]);
    } else if (kind === 'problem') {
      await tx.query(
        `INSERT INTO path_module_items (module_id, order_index, kind, ref, problem_id)
           SELECT $1, $2, 'problem', $3, id FROM problems WHERE slug = $3`,
        [moduleId, j, ref],
      );
    } else if (kind === 'mcq_set') {
      await tx.query(
        `INSERT INTO path_module_items (module_id, order_index, kind, ref, mcq_set_id)
           SELECT $1, $2, 'mcq_set', $3, id FROM mcq_sets WHERE slug = $3`,
        [moduleId, j, ref],
      );
    } else {
      await tx.query(
        `INSERT INTO path_module_items (module_id, order_index, kind, ref, title) VALUES ($1, $2, 'article', $3, $4)`,
        [moduleId, j, ref, title],
      );
    }
  }
}

/**
 * Writes learning paths by slug. Modules are matched by their key so their ids (and user_progress rows) survive
 * edits; so do items'. A module removed from the file is deleted (its progress rows block that, on purpose).
 */
export async function writePaths(tx: Queryable, paths: readonly LearningPath[], counts: ImportCounts): Promise<void> {
  for (const path of paths) {
    const hash = hashContent(path);
    const existing = await tx.query<{ id: string; content_hash: string | null }>(
      'SELECT id, content_hash FROM learning_paths WHERE slug = $1',
      [path.slug],
    );
    const row = existing.rows[0];
    if (row && row.content_hash === hash) {
      counts.unchanged++;
      continue;
    }
    const values = [
      path.slug,
      path.title,
      path.description ?? null,
      path.type,
      path.targetRoles,
      path.level ?? null,
      path.estimatedHours ?? null,
      path.difficulty ?? null,
      path.coverImageUrl ?? null,
      path.premium,
      path.published,
      path.order,
      hash,
    ];
    let pathId: string;
    if (row) {
      pathId = row.id;
      await tx.query(
        `UPDATE learning_paths SET slug = $1, title = $2, description = $3, path_type = $4, target_roles = $5::text[],
           experience_level = $6, estimated_hours = $7, difficulty = $8, cover_image_url = $9, is_premium = $10,
           is_published = $11, order_index = $12, content_hash = $13 WHERE id = $14`,
        [...values, pathId],
      );
      counts.updated++;
    } else {
      const inserted = await tx.query<{ id: string }>(
        `INSERT INTO learning_paths (slug, title, description, path_type, target_roles, experience_level, estimated_hours,
           difficulty, cover_image_url, is_premium, is_published, order_index, content_hash)
         VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        values,
      );
      pathId = inserted.rows[0]!.id;
      counts.created++;
    }
    await tx.query('DELETE FROM path_modules WHERE path_id = $1 AND NOT (module_key = ANY($2::text[]))', [
      pathId,
      path.modules.map((m) => m.id),
    ]);
    for (const [i, m] of path.modules.entries()) {
      const first = m.items[0]!;
      const contentRef = 'problem' in first ? first.problem : 'mcqSet' in first ? first.mcqSet : first.article;
      const mod = await tx.query<{ id: string }>(
        `INSERT INTO path_modules (path_id, module_key, title, description, module_type, content_ref, duration_minutes,
           is_premium, order_index) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (path_id, module_key) DO UPDATE SET title = EXCLUDED.title, description = EXCLUDED.description,
           module_type = EXCLUDED.module_type, content_ref = EXCLUDED.content_ref,
           duration_minutes = EXCLUDED.duration_minutes, is_premium = EXCLUDED.is_premium,
           order_index = EXCLUDED.order_index
         RETURNING id`,
        [pathId, m.id, m.title, m.description ?? null, m.type, contentRef, m.durationMinutes ?? null, m.premium, i],
      );
      const moduleId = mod.rows[0]!.id;
      await writeItems(tx, moduleId, m.items);
    }
  }
}
