import { type Language, solutionFileNames } from '@avantika/contract';
import { stringify } from 'yaml';
import type { Queryable } from '../../adapters/sql/sql.js';
import type { ProblemDocuments } from './content-documents.js';
import { exportMcqSets, exportPaths, exportTaxonomy } from './export-catalog.js';
import { formatMarkdownList } from './markdown.js';
import { diskPackWriter, memoryPackWriter, type PackWriter } from './pack-writer.js';
import type { DsaProblemDocument } from './problem-document.js';

/** What an export wrote. */
export interface ExportReport extends ExportCounts {
  readonly outDir: string;
}

interface ProblemRow {
  id: string;
  slug: string;
  title: string;
  display_number: number | null;
  difficulty: string;
  is_premium: boolean;
  is_published: boolean;
  companies: string[] | null;
  signature: unknown;
  comparator: unknown;
  limits: unknown;
  validator_source: string | null;
  visible_cases: { input: unknown[]; output: unknown }[];
  hidden_cases: { input: unknown[]; output: unknown }[];
}

const SIGNATURE_KEYS = ['function', 'class', 'constructor', 'params', 'methods', 'returns', 'outputParam'];

/** The signature with its keys in the order authors write them (JSONB stores keys in its own order). */
function orderSignature(signature: unknown): unknown {
  const sig = signature as Record<string, unknown>;
  return Object.fromEntries(SIGNATURE_KEYS.filter((k) => Object.hasOwn(sig, k)).map((k) => [k, sig[k]]));
}

/** YAML as authors write it: no line folding, so long strings stay on one line. */
export function toYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0 });
}

function casesJson(cases: readonly unknown[]): string {
  return cases.length === 0 ? '[]' : `[\n    ${cases.map((c) => JSON.stringify(c)).join(',\n    ')}\n  ]`;
}

/** Writes one problem folder from its row, current version and document. */
async function writeProblemFolder(out: PackWriter, row: ProblemRow, doc: DsaProblemDocument): Promise<number> {
  const dir = `problems/${row.slug}`;
  const front = {
    slug: row.slug,
    title: row.title,
    ...(row.display_number === null ? {} : { number: Number(row.display_number) }),
    difficulty: row.difficulty,
    topics: doc.topics,
    companies: row.companies ?? [],
    premium: row.is_premium,
    published: row.is_published,
    signature: orderSignature(row.signature),
    comparator: row.comparator,
    limits: row.limits,
    ...(doc.source.notes
      ? {
          solution: {
            approach: doc.solutions[0]?.approach,
            timeComplexity: doc.solutions[0]?.timeComplexity,
            spaceComplexity: doc.solutions[0]?.spaceComplexity,
            ...(doc.solutions[0]?.explanation ? { explanation: doc.solutions[0].explanation } : {}),
          },
        }
      : {}),
  };
  await out.write(`${dir}/problem.md`, `---\n${toYaml(front)}---\n\n${doc.problemStatement}\n`);
  const visible = row.visible_cases.map((c, i) => {
    const explanation = doc.examples[i]?.explanation;
    return explanation === undefined ? c : { ...c, explanation };
  });
  const hidden = row.hidden_cases.slice(0, doc.source.hiddenFileCases);
  await out.write(`${dir}/tests.json`, `{\n  "visible": ${casesJson(visible)},\n  "hidden": ${casesJson(hidden)}\n}\n`);
  let files = 2;
  for (const solution of doc.solutions) {
    await out.write(`${dir}/solutions/${solutionFileNames[solution.language as Language]}`, solution.code);
    files++;
  }
  const extras: [string, string | null][] = [
    ['hints.md', doc.hints.length > 0 ? formatMarkdownList(doc.hints) : null],
    ['generate.mjs', doc.source.generator],
    ['validator.ts', row.validator_source],
  ];
  for (const [name, text] of extras) {
    if (text === null) continue;
    await out.write(`${dir}/${name}`, text);
    files++;
  }
  return files;
}

/** How many problems, MCQ sets, paths and files an export wrote. */
export interface ExportCounts {
  readonly problems: number;
  readonly mcqSets: number;
  readonly paths: number;
  readonly files: number;
}

/** Writes the database's content as a pack in the import format to `out` (import → export → import changes nothing). */
export async function exportPack(db: Queryable, docs: ProblemDocuments, out: PackWriter): Promise<ExportCounts> {
  let files = await exportTaxonomy(db, out);
  const { rows } = await db.query<ProblemRow>(
    `SELECT p.id, p.slug, p.title, p.display_number, p.difficulty, p.is_premium, p.is_published, p.companies,
            v.signature, v.comparator, v.limits, v.validator_source, v.visible_cases, v.hidden_cases
       FROM problems p JOIN problem_versions v ON v.id = p.current_version_id
      WHERE p.problem_type = 'dsa' ORDER BY p.slug`,
  );
  const documents = await docs.get(rows.map((r) => r.id));
  for (const row of rows) {
    const doc = documents.get(row.id);
    if (doc?.type !== 'dsa') throw new Error(`problem ${row.slug} has no document in the problems collection`);
    files += await writeProblemFolder(out, row, doc);
  }
  const mcq = await exportMcqSets(db, docs, out);
  const paths = await exportPaths(db, out);
  return { problems: rows.length, mcqSets: mcq, paths, files: files + mcq + paths };
}

/** Writes the database's content back as a pack under `outDir` (created if missing). */
export async function exportContent(db: Queryable, docs: ProblemDocuments, outDir: string): Promise<ExportReport> {
  return { outDir, ...(await exportPack(db, docs, diskPackWriter(outDir))) };
}

/** The database's content as in-memory files in the import format (the HTTP export route). */
export async function exportContentFiles(
  db: Queryable,
  docs: ProblemDocuments,
): Promise<Omit<ExportCounts, 'files'> & { files: { path: string; content: string }[] }> {
  const out = memoryPackWriter();
  const { files: _count, ...counts } = await exportPack(db, docs, out);
  return { ...counts, files: out.files };
}
