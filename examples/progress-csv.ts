// Exports the signed-in user's submissions to CSV (newest first), walking every page of the list.
//
//   AVANTIKA_URL=… AVANTIKA_TOKEN=… node examples/progress-csv.ts [--problem two-sum] [--out progress.csv]
import { createWriteStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Avantika, type Submission } from '@avantika/sdk';

/** The CSV columns, in order. */
export const CSV_COLUMNS = [
  'submitted_at',
  'problem',
  'language',
  'status',
  'passed',
  'total',
  'runtime_ms',
  'memory_kb',
  'submission_id',
] as const;

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function row(s: Submission): string {
  return [s.submittedAt, s.problemSlug, s.language, s.status, s.passed, s.total, s.runtimeMs, s.memoryKb, s.id]
    .map(csvField)
    .join(',');
}

/** Writes a header and one line per submission to `write`; returns how many rows were written. */
export async function exportProgress(
  client: Avantika,
  write: (line: string) => void,
  filter: { problem?: string | undefined } = {},
): Promise<number> {
  write(CSV_COLUMNS.join(','));
  let count = 0;
  const query = filter.problem ? { problem: filter.problem, limit: 100 } : { limit: 100 };
  for await (const submission of client.submissions.list(query)) {
    write(row(submission));
    count++;
  }
  return count;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { problem: { type: 'string' }, out: { type: 'string' } } });
  const client = new Avantika();
  const stream = values.out ? createWriteStream(values.out) : process.stdout;
  try {
    const count = await exportProgress(client, (line) => stream.write(`${line}\n`), { problem: values.problem });
    console.error(`${count} submissions exported`);
  } finally {
    if (stream !== process.stdout) stream.end();
    await client.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exitCode = 4;
  });
}
