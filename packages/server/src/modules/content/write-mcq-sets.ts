import { randomUUID } from 'node:crypto';
import type { McqSet } from '@avantika/contract';
import type { SqlTransaction } from '../../adapters/sql/sql.js';
import type { ProblemDocuments } from './content-documents.js';
import { hashContent } from './content-hash.js';
import type { ImportCounts } from './import-counts.js';
import { buildMcqDocument, mcqQuestionSlug, type ProblemDocument } from './problem-document.js';

interface ExistingQuestion {
  id: string;
  slug: string;
  content_hash: string | null;
  content_version: number;
}

/**
 * Writes MCQ sets: each question is a `problems` row (problem_type 'mcq', slug `mcq.<set>.<id>`) whose
 * content_hash/content_version change when the question is edited; the set row lists its questions in order.
 * A question dropped from its set is unpublished, not deleted (attempts point at it).
 */
export async function writeMcqSets(
  tx: SqlTransaction,
  docs: ProblemDocuments,
  sets: readonly McqSet[],
  topicIds: ReadonlyMap<string, string>,
  counts: { sets: ImportCounts; questions: ImportCounts },
  documents: ProblemDocument[],
): Promise<void> {
  for (const set of sets) {
    const topicId = topicIds.get(set.topic)!;
    const slugs = set.questions.map((q) => mcqQuestionSlug(set.set, q.id));
    const { rows } = await tx.query<ExistingQuestion>(
      'SELECT id, slug, content_hash, content_version FROM problems WHERE slug = ANY($1::text[])',
      [slugs],
    );
    const bySlug = new Map(rows.map((r) => [r.slug, r]));
    const docHashes = await docs.contentHashes(
      rows.map((r) => r.id),
      tx,
    );
    const questionIds: string[] = [];
    for (const q of set.questions) {
      const slug = mcqQuestionSlug(set.set, q.id);
      // The set's premium flag and topic belong to each question's row, so they are part of its hash.
      const hash = hashContent({ q, domain: set.domain, topic: set.topic, premium: set.premium, set: set.set });
      const row = bySlug.get(slug);
      const id = row?.id ?? randomUUID();
      questionIds.push(id);
      const title = (q.question.split('\n')[0] ?? '').slice(0, 200);
      if (!row) {
        await tx.query(
          `INSERT INTO problems (id, slug, problem_type, content_ref, title, difficulty, is_premium, companies, topic_ids,
             content_hash, content_version) VALUES ($1::uuid, $2, 'mcq', $1::text, $3, $4, $5, '{}', ARRAY[$6]::uuid[], $7, 1)`,
          [id, slug, title, q.difficulty, set.premium, topicId, hash],
        );
        counts.questions.created++;
      } else if (row.content_hash !== hash) {
        await tx.query(
          `UPDATE problems SET title = $1, difficulty = $2, is_premium = $3, is_published = true, topic_ids = ARRAY[$4]::uuid[],
             content_hash = $5, content_version = content_version + 1, updated_at = NOW() WHERE id = $6`,
          [title, q.difficulty, set.premium, topicId, hash, id],
        );
        counts.questions.updated++;
      } else {
        counts.questions.unchanged++;
        if (docHashes.get(id) === hash) continue;
      }
      documents.push(buildMcqDocument(set, q, { postgresId: id, contentHash: hash }));
    }

    const setHash = hashContent(set);
    const existing = await tx.query<{ id: string; content_hash: string }>(
      'SELECT id, content_hash FROM mcq_sets WHERE slug = $1',
      [set.set],
    );
    const row = existing.rows[0];
    if (row && row.content_hash === setHash) {
      counts.sets.unchanged++;
      continue;
    }
    const values = [set.set, set.title, set.description ?? null, set.domain, topicId, set.premium, setHash];
    let setId: string;
    if (row) {
      setId = row.id;
      await tx.query(
        `UPDATE mcq_sets SET slug = $1, title = $2, description = $3, domain = $4, topic_id = $5, is_premium = $6,
           content_hash = $7, version = version + 1, updated_at = NOW() WHERE id = $8`,
        [...values, setId],
      );
      // Questions no longer in the set stay for their attempts but leave the catalogue.
      await tx.query(
        `UPDATE problems SET is_published = false WHERE id IN (
           SELECT problem_id FROM mcq_set_questions WHERE set_id = $1 AND NOT (problem_id = ANY($2::uuid[])))`,
        [setId, questionIds],
      );
      await tx.query('DELETE FROM mcq_set_questions WHERE set_id = $1', [setId]);
      counts.sets.updated++;
    } else {
      const inserted = await tx.query<{ id: string }>(
        `INSERT INTO mcq_sets (slug, title, description, domain, topic_id, is_premium, content_hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        values,
      );
      setId = inserted.rows[0]!.id;
      counts.sets.created++;
    }
    for (const [i, q] of set.questions.entries()) {
      await tx.query(
        'INSERT INTO mcq_set_questions (set_id, problem_id, question_key, order_index) VALUES ($1, $2, $3, $4)',
        [setId, questionIds[i], q.id, i],
      );
    }
  }
}
