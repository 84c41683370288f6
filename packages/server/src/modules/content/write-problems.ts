import { createHash, randomUUID } from 'node:crypto';
import type { TestCase } from '@avantika/contract';
import type { SqlTransaction } from '../../adapters/sql/sql.js';
import type { ProblemDocuments } from './content-documents.js';
import { canonicalJson } from './content-hash.js';
import type { ImportCounts } from './import-counts.js';
import type { ParsedProblem } from './parse-problem.js';
import { buildDsaDocument, type ProblemDocument } from './problem-document.js';

/** A parsed problem with the hidden cases its generate.mjs produced. */
export interface ProblemToWrite {
  readonly problem: ParsedProblem;
  readonly generated: readonly TestCase[];
}

/** A problem version this import created. */
export interface CreatedVersion {
  readonly slug: string;
  readonly problemId: string;
  readonly version: number;
}

interface ExistingProblem {
  id: string;
  slug: string;
  content_hash: string | null;
  content_version: number;
  display_number: number | null;
}

/**
 * The content a problem version is hashed over: everything an author wrote except the display number, plus the
 * generated cases. Generated cases can be megabytes; they come from code in a fixed order, so plain JSON is canonical
 * enough for them and far faster than sorting keys at every depth.
 */
export function problemContentHash({ problem, generated }: ProblemToWrite): string {
  const { number: _number, ...meta } = problem.meta;
  const authored = canonicalJson({
    meta,
    statement: problem.statement,
    hints: problem.hints,
    visible: problem.visible,
    hidden: problem.hidden,
    solutions: problem.solutions,
    validator: problem.validatorSource,
    generator: problem.generatorSource,
  });
  const hash = createHash('sha256').update(authored);
  for (const c of generated) hash.update('\n').update(JSON.stringify(c));
  return hash.digest('hex');
}

/**
 * Writes DSA problems: a new problem gets its row and version 1; a changed one a new `problem_versions` row
 * (version + 1) with `current_version_id` moved; an unchanged one is left alone (its document rewritten only if the
 * document store lost it). Documents to store are appended to `documents`.
 */
export async function writeProblems(
  tx: SqlTransaction,
  docs: ProblemDocuments,
  items: readonly ProblemToWrite[],
  topicIds: ReadonlyMap<string, string>,
  counts: ImportCounts,
  out: { documents: ProblemDocument[]; versions: CreatedVersion[] },
): Promise<void> {
  if (items.length === 0) return;
  const { rows } = await tx.query<ExistingProblem>(
    'SELECT id, slug, content_hash, content_version, display_number FROM problems WHERE slug = ANY($1::text[])',
    [items.map((i) => i.problem.slug)],
  );
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const docHashes = await docs.contentHashes(
    rows.map((r) => r.id),
    tx,
  );
  const max = await tx.query<{ n: number | null }>('SELECT max(display_number) AS n FROM problems');
  let nextNumber = Number(max.rows[0]?.n ?? 0) + 1;
  // Numbers written in files are taken first; automatic ones skip them.
  const reserved = new Set(items.flatMap((i) => (i.problem.meta.number === undefined ? [] : [i.problem.meta.number])));
  const takeNumber = () => {
    while (reserved.has(nextNumber)) nextNumber++;
    return nextNumber++;
  };

  for (const item of items) {
    const { problem } = item;
    const { meta } = problem;
    const hash = problemContentHash(item);
    const row = bySlug.get(problem.slug);
    const number = meta.number ?? row?.display_number ?? takeNumber();
    const rowValues = [
      meta.title,
      meta.difficulty,
      meta.premium,
      meta.published,
      meta.companies,
      meta.topics.map((t) => topicIds.get(t)!),
      number,
      hash,
    ];
    if (row && row.content_hash === hash) {
      if (row.display_number !== number) {
        await tx.query('UPDATE problems SET display_number = $1 WHERE id = $2', [number, row.id]);
        counts.updated++;
      } else counts.unchanged++;
      if (docHashes.get(row.id) !== hash) {
        out.documents.push(
          buildDsaDocument(
            problem,
            { postgresId: row.id, contentHash: hash, version: row.content_version },
            item.generated,
          ),
        );
      }
      continue;
    }
    const id = row?.id ?? randomUUID();
    const version = row ? row.content_version + 1 : 1;
    if (row) {
      await tx.query(
        `UPDATE problems SET title = $1, difficulty = $2, is_premium = $3, is_published = $4, companies = $5::text[],
           topic_ids = $6::uuid[], display_number = $7, content_hash = $8, content_version = $9, updated_at = NOW()
         WHERE id = $10`,
        [...rowValues, version, id],
      );
      counts.updated++;
    } else {
      await tx.query(
        `INSERT INTO problems (id, slug, problem_type, content_ref, title, difficulty, is_premium, is_published, companies,
           topic_ids, display_number, content_hash, content_version)
         VALUES ($1::uuid, $2, 'dsa', $1::text, $3, $4, $5, $6, $7::text[], $8::uuid[], $9, $10, 1)`,
        [id, problem.slug, ...rowValues],
      );
      counts.created++;
    }
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO problem_versions (problem_id, version, content_hash, signature, comparator, limits, validator_source,
         visible_cases, hidden_cases)
       VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6::jsonb, $7, $8::jsonb, $9::jsonb) RETURNING id`,
      [
        id,
        version,
        hash,
        JSON.stringify(meta.signature),
        JSON.stringify(meta.comparator),
        JSON.stringify(meta.limits),
        problem.validatorSource,
        JSON.stringify(problem.visible.map((c) => ({ input: c.input, output: c.output ?? null }))),
        JSON.stringify(
          [...problem.hidden, ...item.generated].map((c) => ({ input: c.input, output: c.output ?? null })),
        ),
      ],
    );
    await tx.query('UPDATE problems SET current_version_id = $1 WHERE id = $2', [inserted.rows[0]!.id, id]);
    out.versions.push({ slug: problem.slug, problemId: id, version });
    out.documents.push(buildDsaDocument(problem, { postgresId: id, contentHash: hash, version }, item.generated));
  }
}
