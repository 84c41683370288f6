import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportContent, type ImportReport, importContent, type ProblemDocuments } from '@avantika/server';
import { formatImportReport } from './format-import-report.js';

type Sql = Parameters<typeof importContent>[0];

/** The stores a content command works on, opened from --database-url / --data-dir. */
export interface ContentStores {
  readonly sql: Sql;
  readonly docs: ProblemDocuments;
  close(): Promise<void>;
}

/** Where command output goes (injected so commands are tested as functions). */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Options of `avantika-admin import`. */
export interface ImportCommandOptions {
  readonly dryRun?: boolean;
  readonly verify?: boolean;
  readonly json?: boolean;
}

function exitCodeOf(report: ImportReport): number {
  return report.ok ? 0 : 1;
}

function printReport(report: ImportReport, json: boolean | undefined, io: CommandIo): void {
  if (json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (report.ok) io.stdout(formatImportReport(report));
  else io.stderr(formatImportReport(report));
}

/** `avantika-admin import <path...>`: validates everything, then imports in one transaction. Exit 0, or 1 when rejected. */
export async function runImportCommand(
  paths: readonly string[],
  options: ImportCommandOptions,
  stores: ContentStores,
  io: CommandIo,
): Promise<number> {
  const report = await importContent(
    stores.sql,
    stores.docs,
    { paths },
    { dryRun: options.dryRun ?? false, verify: options.verify ?? false },
  );
  printReport(report, options.json, io);
  return exitCodeOf(report);
}

/** `avantika-admin export [--out dir]`: writes the database's content back in the import format. */
export async function runExportCommand(
  options: { readonly out?: string; readonly json?: boolean },
  stores: ContentStores,
  io: CommandIo,
): Promise<number> {
  const report = await exportContent(stores.sql, stores.docs, resolve(options.out ?? 'content-export'));
  if (options.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else {
    io.stdout(
      `exported ${report.problems} problem(s), ${report.mcqSets} MCQ set(s) and ${report.paths} path(s) to ${report.outDir}\n`,
    );
  }
  return 0;
}

/**
 * The bundled content pack: `AVANTIKA_CONTENT_DIR`, else the nearest `content/` (with topics.yaml) above this module
 * (the repository's, from src/ or dist/).
 */
export function findBundledContent(from = dirname(fileURLToPath(import.meta.url))): string {
  const env = process.env.AVANTIKA_CONTENT_DIR;
  if (env) return resolve(env);
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'content', 'topics.yaml'))) return join(dir, 'content');
  }
  throw new Error('the bundled content pack was not found; set AVANTIKA_CONTENT_DIR to a content/ folder');
}

/** `avantika-admin seed`: imports the bundled pack (topics, plans, badges, problems, MCQ sets, paths); idempotent. */
export async function runSeedCommand(
  options: ImportCommandOptions & { readonly contentDir?: string },
  stores: ContentStores,
  io: CommandIo,
): Promise<number> {
  return runImportCommand([options.contentDir ?? findBundledContent()], options, stores, io);
}
