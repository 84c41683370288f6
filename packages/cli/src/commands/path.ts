import type { PathDetail } from '@avantika/sdk';
import { withClient } from '../client/create-client.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { printAward } from '../output/award-lines.js';
import { createStyle, formatTable, writeJson } from '../output/style.js';

const notFound = 'See `avantika path list` for the learning paths.';
const icons = { completed: '✓', in_progress: '…', not_started: '·' } as const;

/** `avantika path list`: every learning path with its size and whether you are enrolled. */
export async function listPaths(ctx: CliContext, options: { json?: boolean }): Promise<void> {
  const paths = await withClient(ctx, { requireAuth: true }, (client) => client.paths.list().toArray({ limit: 200 }));
  if (options.json) {
    writeJson(ctx, paths);
    return;
  }
  const rows = paths.map((p) => [
    p.enrolled ? '★' : ' ',
    p.slug,
    p.title,
    p.difficulty ?? '-',
    `${p.moduleCount} modules`,
    p.estimatedHours ? `~${p.estimatedHours} h` : '',
  ]);
  ctx.stdout.write(`${formatTable(['', 'SLUG', 'TITLE', 'LEVEL', 'SIZE', 'TIME'], rows)}\n`);
}

function printPath(ctx: CliContext, path: PathDetail): void {
  const style = createStyle(ctx);
  const lines = [`${style.bold(path.title)}  ${style.dim(`${path.completed}/${path.total} done`)}`];
  if (path.description) lines.push(path.description);
  for (const module of path.modules) {
    lines.push(
      '',
      `${style.bold(`${module.order + 1}. ${module.title}`)} ${style.dim(`${module.completed}/${module.total}`)}`,
    );
    for (const item of module.items) {
      const icon = item.status === 'completed' ? style.green(icons.completed) : icons[item.status];
      lines.push(`   ${icon} ${item.title} ${style.dim(`(${item.kind.replace('_', ' ')}: ${item.ref})`)}`);
    }
  }
  if (!path.enrolled) lines.push('', style.dim(`Enroll: avantika path enroll ${path.slug}`));
  ctx.stdout.write(`${lines.join('\n')}\n`);
}

/** `avantika path show <slug>`: modules and items with your progress. */
export async function showPath(ctx: CliContext, slug: string, options: { json?: boolean }): Promise<void> {
  const path = await withClient(ctx, { requireAuth: true, notFoundHint: notFound }, (client) =>
    client.paths.retrieve(slug),
  );
  if (options.json) writeJson(ctx, path);
  else printPath(ctx, path);
}

/** `avantika path enroll <slug>`: enrolls you (repeating it changes nothing). */
export async function enrollPath(ctx: CliContext, slug: string, options: { json?: boolean }): Promise<void> {
  const enrollment = await withClient(ctx, { requireAuth: true, notFoundHint: notFound }, (client) =>
    client.paths.enroll(slug),
  );
  if (options.json) {
    writeJson(ctx, enrollment);
    return;
  }
  ctx.stderr.write(`Enrolled in ${slug}. Next: avantika path next ${slug}\n`);
  // Modules whose items were already done are awarded on enrolment.
  if (enrollment.award) printAward(ctx, enrollment.award, 'nothing new completed');
}

/**
 * `avantika path read <slug> [item]`: marks an article read — the item by id or by its reference, else the next item
 * when it is an article — and prints what a module it completed earned.
 */
export async function readArticle(
  ctx: CliContext,
  slug: string,
  item: string | undefined,
  options: { json?: boolean },
): Promise<void> {
  const done = await withClient(ctx, { requireAuth: true, notFoundHint: notFound }, async (client) => {
    const items = (await client.paths.retrieve(slug)).modules.flatMap((m) => m.items);
    const next = item === undefined ? (await client.paths.next(slug)).item : undefined;
    const target = item === undefined ? next : items.find((i) => i.id === item || i.ref === item);
    if (target?.kind !== 'article') {
      throw new UsageError(
        item === undefined ? `the next item of ${slug} is not an article` : `${slug} has no article "${item}"`,
        { hint: `avantika path show ${slug} lists its items; problems and quizzes complete when you pass them` },
      );
    }
    return client.paths.completeItem(slug, target.id);
  });
  if (options.json) {
    writeJson(ctx, done);
    return;
  }
  ctx.stdout.write(`Marked read. ${slug}: ${done.completed}/${done.total} done (${done.percentage}%).\n`);
  if (done.award) printAward(ctx, done.award, 'nothing new completed');
}

/** `avantika path next <slug>`: the first item you have not completed, with the command that starts it. */
export async function nextInPath(ctx: CliContext, slug: string, options: { json?: boolean }): Promise<void> {
  const next = await withClient(ctx, { requireAuth: true, notFoundHint: notFound }, (client) =>
    client.paths.next(slug),
  );
  if (options.json) {
    writeJson(ctx, next);
    return;
  }
  if (!next.item) {
    ctx.stdout.write(`${createStyle(ctx).green('✓')} You have completed every item of ${slug}.\n`);
    return;
  }
  const how =
    next.item.kind === 'problem'
      ? `avantika start ${next.item.ref} --lang py`
      : next.item.kind === 'mcq_set'
        ? `avantika quiz ${next.item.ref}`
        : `${next.item.ref}  (then: avantika path read ${slug})`;
  ctx.stdout.write(`Next in ${next.module?.title ?? slug}: ${next.item.title}\n  ${how}\n`);
}
