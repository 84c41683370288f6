import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { ContentImportReport } from '@avantika/contract';
import type { Avantika } from '@avantika/sdk';
import type { AdminIo } from '../admin-io.js';
import { ExitError } from '../exit-error.js';
import type { ContentCommandOptions } from './content.js';
import { finishImport } from './finish-import.js';

// Importing the full pack (megabytes of cases, one transaction) takes minutes on a busy server.
const CONTENT_TIMEOUT_MS = 15 * 60_000;

/** The API token for --url: stdin with --token-stdin (first line), else AVANTIKA_TOKEN. */
async function readToken(options: ContentCommandOptions, io: AdminIo): Promise<string> {
  const token = options.tokenStdin
    ? (await (io.stdin?.() ?? Promise.resolve(''))).split('\n')[0]?.trim()
    : io.env.AVANTIKA_TOKEN;
  if (!token) {
    throw new ExitError(3, '--url needs an API token', {
      code: 'UNAUTHENTICATED',
      hint: 'pipe one to --token-stdin or set AVANTIKA_TOKEN (avantika-admin tokens create <admin> makes one)',
    });
  }
  return token;
}

/**
 * Runs `fn` with an SDK client for `--url`, mapping its failures to the documented exit codes (3 refused, 4
 * unreachable, 5 not found, else 1); a rejected import prints its report and exits 1.
 */
export async function remote<T>(
  options: ContentCommandOptions,
  io: AdminIo,
  fn: (client: Avantika) => Promise<T>,
  /** Shows a rejected import's report (finishImport throws the exit-1 error for it). */
  onRejected?: (report: ContentImportReport) => void,
): Promise<T> {
  const sdk = await import('@avantika/sdk');
  const client = new sdk.Avantika({ baseUrl: options.url!, token: await readToken(options, io), maxRetries: 2 });
  try {
    return await fn(client);
  } catch (error) {
    if (!(error instanceof sdk.APIError)) throw error;
    if (error.code === 'CONTENT_INVALID' && onRejected) onRejected(error.details as ContentImportReport);
    const status = error.status ?? 0;
    const exit =
      error instanceof sdk.APIConnectionError || status >= 500
        ? 4
        : status === 401 || status === 403
          ? 3
          : status === 404
            ? 5
            : 1;
    throw new ExitError(exit, `${options.url}: ${error.message} (${error.code})`, {
      code: error.code,
      cause: error,
      ...(error.code === 'INSUFFICIENT_ROLE' ? { hint: 'the token must belong to a user with the admin role' } : {}),
      ...(error.code === 'SEED_NOT_CONFIGURED'
        ? { hint: 'start avantika-server with --seed <dir>, or import a pack: avantika-admin import <path> --url' }
        : {}),
    });
  } finally {
    await client.close();
  }
}

/**
 * `import --url`: reads the pack, runs generators (and `--verify`) on this machine, then uploads files and generated
 * cases; the server validates again, writes all or nothing, and its issues are shown with the local paths.
 */
export async function runRemoteImport(
  paths: readonly string[],
  options: ContentCommandOptions,
  io: AdminIo,
): Promise<void> {
  const server = await import('@avantika/server');
  const prepared = await server.prepareUpload(paths, {
    verify: options.verify ?? false,
    onProgress: (e) => {
      if (e.step === 'verify') io.stderr(`verifying ${e.slug} (${e.done + 1}/${e.total})\n`);
    },
  });
  const local = (report: ContentImportReport): ContentImportReport => ({
    ...report,
    issues: report.issues.map((i) => server.localizeIssue(i, prepared.localPaths)),
  });
  if (prepared.issues.length > 0) {
    finishImport(
      {
        ...emptyReport(options),
        ok: false,
        issues: prepared.issues,
        verified: prepared.verified,
        verifyRetries: prepared.verifyRetries,
      },
      options,
      io,
    );
  }
  const report = await remote(
    options,
    io,
    (client) =>
      client.admin.content.import(
        { files: prepared.files, generated: prepared.generated, dryRun: options.dryRun ?? false },
        { timeout: CONTENT_TIMEOUT_MS },
      ),
    (rejected) => finishImport(local(rejected), options, io),
  );
  finishImport({ ...report, verified: prepared.verified, verifyRetries: prepared.verifyRetries }, options, io);
}

/** `seed --url`: imports the pack the server was started with. */
export async function runRemoteSeed(options: ContentCommandOptions, io: AdminIo): Promise<void> {
  const report = await remote(
    options,
    io,
    (client) => client.admin.content.seed({ dryRun: options.dryRun ?? false }, { timeout: CONTENT_TIMEOUT_MS }),
    (rejected) => finishImport(rejected, options, io),
  );
  finishImport(report, options, io);
}

/** `export --url`: downloads the catalog and writes it under --out in the import format. */
export async function runRemoteExport(options: ContentCommandOptions, io: AdminIo): Promise<void> {
  const exported = await remote(options, io, (client) => client.admin.content.export({ timeout: CONTENT_TIMEOUT_MS }));
  const outDir = resolve(options.out ?? 'content-export');
  for (const file of exported.files) {
    const full = join(outDir, ...file.path.split('/'));
    if (!full.startsWith(`${outDir}${sep}`))
      throw new ExitError(1, `the server sent a file outside the pack: ${file.path}`);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, file.content);
  }
  const report = {
    outDir,
    problems: exported.problems,
    mcqSets: exported.mcqSets,
    paths: exported.paths,
    files: exported.files.length,
  };
  if (options.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else
    io.stdout(
      `Exported ${report.problems} problem(s), ${report.mcqSets} MCQ set(s) and ${report.paths} path(s) to ${outDir}\n`,
    );
}

function emptyReport(options: ContentCommandOptions): ContentImportReport {
  return {
    ok: true,
    dryRun: options.dryRun ?? false,
    issues: [],
    counts: {},
    changed: 0,
    versions: [],
    documentsWritten: 0,
    verified: 0,
    ignored: [],
    durationMs: 0,
  };
}
