import { createClient, toExitError, withClient } from '../client/create-client.js';
import { promptFor, readStdin } from '../client/read-secret.js';
import { clearCredentials, readCredentials, resolveServerUrl, writeCredentials } from '../config/config-store.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { createStyle, writeJson } from '../output/style.js';

/** Options of `avantika login`. */
export interface LoginOptions {
  readonly user?: string;
  readonly passwordStdin?: boolean;
  readonly tokenStdin?: boolean;
  readonly json?: boolean;
}

/** Options of `avantika register`. */
export interface RegisterOptions {
  readonly email?: string;
  readonly username?: string;
  readonly name?: string;
  readonly passwordStdin?: boolean;
  readonly json?: boolean;
}

/**
 * `avantika login`: email/username + password (prompted on a terminal, or `--password-stdin`), or an API token with
 * `--token-stdin`. Secrets never come from argv; tokens go to the 0600 credentials file and are never printed.
 */
export async function login(ctx: CliContext, options: LoginOptions): Promise<void> {
  const url = await resolveServerUrl(ctx);
  if (options.tokenStdin) {
    const apiToken = (await readStdin(ctx)).trim();
    if (!apiToken) throw new UsageError('No token on stdin.', { hint: 'echo "$TOKEN" | avantika login --token-stdin' });
    const user = await withClient(ctx, {}, async (client) => {
      client.setTokens({ accessToken: apiToken });
      return client.me.retrieve();
    });
    await writeCredentials(ctx, { url, apiToken, username: user.username });
    report(ctx, options, user.username, url);
    return;
  }
  const loginName = options.user ?? (await promptFor(ctx, 'Email or username:', { flag: '--user <name>' }));
  const password = options.passwordStdin
    ? await readStdin(ctx)
    : await promptFor(ctx, 'Password:', { secret: true, flag: '--password-stdin' });
  const session = await withClient(ctx, { notFoundHint: 'Check the server URL.' }, (client) =>
    client.auth.login({ login: loginName, password }),
  );
  await writeCredentials(ctx, { url, ...session.tokens, username: session.user.username });
  report(ctx, options, session.user.username, url);
}

/** `avantika register`: creates an account on the server in force and signs in as it. */
export async function register(ctx: CliContext, options: RegisterOptions): Promise<void> {
  const url = await resolveServerUrl(ctx);
  const email = options.email ?? (await promptFor(ctx, 'Email:', { flag: '--email <address>' }));
  const username = options.username ?? (await promptFor(ctx, 'Username:', { flag: '--username <name>' }));
  const password = options.passwordStdin
    ? await readStdin(ctx)
    : await promptFor(ctx, 'Password (at least 8 characters):', { secret: true, flag: '--password-stdin' });
  const session = await withClient(ctx, {}, (client) =>
    client.auth.register({ email, username, password, ...(options.name ? { fullName: options.name } : {}) }),
  );
  await writeCredentials(ctx, { url, ...session.tokens, username: session.user.username });
  report(ctx, options, session.user.username, url);
}

function report(ctx: CliContext, options: { json?: boolean }, username: string, url: string): void {
  if (options.json) writeJson(ctx, { loggedIn: true, username, url });
  else ctx.stderr.write(`${createStyle(ctx, ctx.stderr).green('✓')} Logged in as ${username} on ${url}\n`);
}

/** `avantika logout`: revokes the session's refresh token on the server (best effort) and forgets the credentials. */
export async function logout(ctx: CliContext, options: { json?: boolean }): Promise<void> {
  const stored = await readCredentials(ctx);
  if (stored?.refreshToken) {
    const client = await createClient(ctx);
    try {
      await client.auth.logout(stored.refreshToken);
    } catch {
      // The local logout must succeed even when the server is unreachable or the session already expired.
    } finally {
      await client.close();
    }
  }
  const had = await clearCredentials(ctx);
  if (options.json) writeJson(ctx, { loggedOut: had });
  else ctx.stderr.write(had ? 'Logged out.\n' : 'Not logged in.\n');
}

/** `avantika whoami`: the signed-in account (exit 3 when not signed in). */
export async function whoami(ctx: CliContext, options: { json?: boolean }): Promise<void> {
  const url = await resolveServerUrl(ctx);
  const user = await withClient(ctx, { requireAuth: true }, (client) => client.me.retrieve()).catch(
    (error: unknown) => {
      throw toExitError(error);
    },
  );
  if (options.json) {
    writeJson(ctx, { ...user, url });
    return;
  }
  const roles = user.roles.join(', ');
  ctx.stdout.write(`${user.username} <${user.email}> · ${roles} · ${user.timezone} · ${url}\n`);
}
