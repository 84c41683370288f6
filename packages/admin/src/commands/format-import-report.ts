import type { ContentImportReport as ImportReport } from '@avantika/contract';

/** `path:line:col` of an issue, as editors and terminals link it. */
function where(issue: ImportReport['issues'][number]): string {
  if (issue.line === undefined) return issue.file;
  return `${issue.file}:${issue.line}${issue.column === undefined ? '' : `:${issue.column}`}`;
}

/** Renders an import report for people: every issue on its own line, then one summary line per kind. */
export function formatImportReport(report: ImportReport): string {
  const lines: string[] = [];
  if (!report.ok) {
    for (const issue of report.issues) {
      lines.push(`${where(issue)}  ${issue.code}${issue.field ? `  ${issue.field}:` : ''} ${issue.message}`);
    }
    const files = new Set(report.issues.map((i) => i.file)).size;
    lines.push('', `${report.issues.length} error(s) in ${files} file(s); nothing was imported.`);
    return `${lines.join('\n')}\n`;
  }
  for (const [kind, c] of Object.entries(report.counts)) {
    const total = c.created + c.updated + c.unchanged;
    if (total === 0) continue;
    lines.push(
      `${kind.padEnd(13)} ${String(c.created).padStart(4)} new  ${String(c.updated).padStart(4)} changed  ${String(c.unchanged).padStart(4)} unchanged`,
    );
  }
  for (const v of report.versions) if (v.version > 1) lines.push(`  ${v.slug}: new version ${v.version}`);
  if (report.verified > 0) lines.push(`verified ${report.verified} reference solution(s) with the judge`);
  for (const r of report.verifyRetries ?? []) {
    lines.push(`  ${r.file}: ${r.first} on a busy machine, ${r.verdict} when judged again alone`);
  }
  if (report.search) {
    const { indexed, deleted, index } = report.search;
    const counts = Object.entries(indexed).map(([kind, n]) => `${n} ${kind}`);
    lines.push(`search index (${index}): ${counts.join(', ')} indexed, ${deleted} removed`);
  } else if (!report.dryRun) {
    lines.push('search index not updated: run `avantika-admin reindex`');
  }
  const verb = report.dryRun ? 'would change' : 'changed';
  lines.push(
    `${report.changed} ${verb}${report.dryRun ? ' (dry run: nothing written)' : ''} in ${report.durationMs} ms`,
  );
  return `${lines.join('\n')}\n`;
}
