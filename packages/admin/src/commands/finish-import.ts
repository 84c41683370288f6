import type { ContentImportReport } from '@avantika/contract';
import type { AdminIo } from '../admin-io.js';
import { ExitError } from '../exit-error.js';
import type { ContentCommandOptions } from './content.js';
import { formatImportReport } from './format-import-report.js';

/** Prints an import report (JSON or text) and ends with exit 1 when the import was rejected. */
export function finishImport(report: ContentImportReport, options: ContentCommandOptions, io: AdminIo): void {
  if (options.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (report.ok) io.stdout(formatImportReport(report));
  else io.stderr(formatImportReport(report));
  if (!report.ok) {
    const verify = report.issues.some(
      (i) => i.code === 'CONTENT_SOLUTION_FAILED' || i.code === 'CONTENT_STARTER_CRASHED',
    );
    throw new ExitError(1, `${report.issues.length} error(s); nothing was imported`, {
      code: verify ? 'CONTENT_VERIFY_FAILED' : 'CONTENT_INVALID',
      hint: 'fix the files listed above and run the import again',
    });
  }
}
