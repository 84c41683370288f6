import type { CliContext } from '../context.js';
import { ExitError } from '../errors.js';
import { createStyle } from './style.js';

/** Writes "what happened / what to run next" for an error to stderr; never a stack unless AVANTIKA_DEBUG is set. */
export function renderError(ctx: CliContext, error: unknown): void {
  const style = createStyle(ctx, ctx.stderr);
  const message = error instanceof Error ? error.message : String(error);
  ctx.stderr.write(`${style.red('Error:')} ${message}\n`);
  if (error instanceof ExitError) {
    if (error.hint) ctx.stderr.write(`${style.dim('→')} ${error.hint}\n`);
    if (error.requestId) ctx.stderr.write(`${style.dim(`request id: ${error.requestId}`)}\n`);
  } else if (ctx.env['AVANTIKA_DEBUG'] && error instanceof Error && error.stack) {
    ctx.stderr.write(`${error.stack}\n`);
  } else {
    ctx.stderr.write(`${style.dim('→ This looks like a bug; run again with AVANTIKA_DEBUG=1 for details.')}\n`);
  }
}
