import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { APIError, type Readiness } from '@avantika/sdk';
import { createClient } from '../client/create-client.js';
import { readCredentials, resolveServerUrl } from '../config/config-store.js';
import { type CliContext, cacheDir, configDir } from '../context.js';
import { ExitCode, ExitError } from '../errors.js';
import { createStyle, writeJson } from '../output/style.js';

/** One line of the doctor's report. */
export interface DoctorCheck {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

/** Shows only the start of a secret so a user can tell tokens apart without exposing them. */
export function redact(secret: string): string {
  return secret.length <= 8 ? '••••' : `${secret.slice(0, 6)}…(${secret.length} chars)`;
}

async function credentialChecks(ctx: CliContext): Promise<DoctorCheck[]> {
  const file = join(configDir(ctx), 'credentials.json');
  const stored = await readCredentials(ctx);
  if (ctx.env['AVANTIKA_TOKEN'])
    return [{ name: 'credentials', ok: true, detail: `AVANTIKA_TOKEN ${redact(ctx.env['AVANTIKA_TOKEN'])}` }];
  if (!stored) return [{ name: 'credentials', ok: false, detail: `none in ${file} — run \`avantika login\`` }];
  const mode = (await stat(file)).mode & 0o777;
  const token = stored.apiToken ?? stored.accessToken ?? '';
  return [
    { name: 'credentials', ok: true, detail: `${stored.username ?? '?'} on ${stored.url}, token ${redact(token)}` },
    {
      name: 'credentials file',
      ok: mode === 0o600,
      detail: `${file} mode ${mode.toString(8)}${mode === 0o600 ? '' : ' (should be 600)'}`,
    },
  ];
}

/**
 * `avantika doctor`: versions, config paths, server reachability and latency, per-dependency readiness (incl. the
 * judge's sandbox), and whether the stored token works — the token itself is never printed.
 */
export async function runDoctor(ctx: CliContext, options: { json?: boolean }): Promise<void> {
  const url = await resolveServerUrl(ctx);
  const checks: DoctorCheck[] = [
    { name: 'avantika', ok: true, detail: ctx.version },
    { name: 'node', ok: true, detail: `${process.version} (${process.platform}/${process.arch})` },
    { name: 'config dir', ok: true, detail: configDir(ctx) },
    { name: 'cache dir', ok: true, detail: cacheDir(ctx) },
    { name: 'server url', ok: true, detail: `${url}${ctx.env['AVANTIKA_URL'] ? ' (from AVANTIKA_URL)' : ''}` },
    ...(await credentialChecks(ctx)),
  ];
  let exit: number = ExitCode.ok;
  const client = await createClient(ctx);
  try {
    const t0 = performance.now();
    await client.health.live({ maxRetries: 0, timeout: 5000 });
    checks.push({ name: 'server', ok: true, detail: `reachable in ${Math.round(performance.now() - t0)} ms` });
    let readiness: Readiness | undefined;
    try {
      readiness = await client.health.ready({ maxRetries: 0 });
    } catch (error) {
      // A 503 carries the readiness per dependency (in details), so the lines below say which one is down.
      const body = error instanceof APIError ? (error.details as Readiness | undefined) : undefined;
      checks.push({ name: 'readiness', ok: false, detail: `not ready${body ? '' : `: ${(error as Error).message}`}` });
      readiness = body?.checks ? body : undefined;
    }
    for (const [name, dep] of Object.entries(readiness?.checks ?? {})) {
      const latency = dep.latencyMs === null ? '' : ` ${dep.latencyMs} ms`;
      checks.push({
        name: `  ${name}`,
        ok: dep.status === 'up' || !dep.required,
        detail: `${dep.status}${latency}${dep.message ? ` — ${dep.message}` : ''}`,
      });
    }
    if (checks.some((c) => c.name === 'credentials' && c.ok)) {
      try {
        const me = await client.me.retrieve({ maxRetries: 0 });
        checks.push({ name: 'token', ok: true, detail: `valid for ${me.username} (${me.roles.join(', ')})` });
      } catch (error) {
        checks.push({ name: 'token', ok: false, detail: `${(error as Error).message} — run \`avantika login\`` });
        exit = ExitCode.auth;
      }
    }
  } catch (error) {
    checks.push({
      name: 'server',
      ok: false,
      detail: `unreachable: ${(error as Error).message} — start one with \`avantika server start\``,
    });
    exit = ExitCode.network;
  } finally {
    await client.close();
  }
  if (options.json) writeJson(ctx, { ok: exit === ExitCode.ok, checks });
  else {
    const style = createStyle(ctx);
    for (const c of checks)
      ctx.stdout.write(`${c.ok ? style.green('✓') : style.red('✗')} ${c.name.padEnd(18)} ${c.detail}\n`);
  }
  if (exit !== ExitCode.ok) throw new ExitError(exit as 3 | 4, 'Some checks failed (see above).');
}
