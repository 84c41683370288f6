import { APIConnectionError, APIError, AuthenticationError, Avantika, NotFoundError } from '@avantika/sdk';
import { readCredentials, resolveServerUrl, writeCredentials } from '../config/config-store.js';
import type { CliContext } from '../context.js';
import { ExitCode, ExitError } from '../errors.js';

/** A client for the server in force, signed in with AVANTIKA_TOKEN or the stored credentials when there are any. */
export async function createClient(ctx: CliContext, options: { requireAuth?: boolean } = {}): Promise<Avantika> {
  const baseUrl = await resolveServerUrl(ctx);
  const stored = await readCredentials(ctx);
  const sameServer = stored !== undefined && stored.url === baseUrl;
  const token = ctx.env['AVANTIKA_TOKEN'] || (sameServer ? (stored.apiToken ?? stored.accessToken) : undefined);
  if (options.requireAuth && !token) {
    throw new ExitError(ExitCode.auth, `Not logged in to ${baseUrl}.`, {
      hint: 'Run `avantika login` (or `avantika register` for a new account), or set AVANTIKA_TOKEN.',
    });
  }
  const refreshToken = !ctx.env['AVANTIKA_TOKEN'] && sameServer && !stored.apiToken ? stored.refreshToken : undefined;
  return new Avantika({
    baseUrl,
    token,
    refreshToken,
    timeout: 30_000,
    maxRetries: 2,
    // Refreshed tokens are persisted at once so the next command starts with a valid session.
    onTokens: async (tokens) => {
      if (!sameServer || ctx.env['AVANTIKA_TOKEN']) return;
      await writeCredentials(ctx, { ...stored, url: baseUrl, ...tokens });
    },
  });
}

/** Turns SDK errors into the CLI's documented exit codes with a "what to run next" hint; passes others through. */
export function toExitError(error: unknown, notFoundHint?: string): unknown {
  if (error instanceof ExitError || !(error instanceof APIError)) return error;
  const requestId = error.requestId;
  if (error instanceof APIConnectionError) {
    return new ExitError(ExitCode.network, `Cannot reach the Avantika server (${error.message}).`, {
      hint: 'Start one with `avantika server start`, or point AVANTIKA_URL / `avantika config set url` at yours.',
      cause: error,
    });
  }
  if (error instanceof AuthenticationError) {
    return new ExitError(ExitCode.auth, `${error.message} (${error.code})`, {
      hint: 'Run `avantika login` again.',
      ...(requestId ? { requestId } : {}),
      cause: error,
    });
  }
  if (error instanceof NotFoundError) {
    return new ExitError(ExitCode.notFound, `${error.message} (${error.code})`, {
      hint: notFoundHint ?? 'Check the name; `avantika problems list` shows what exists.',
      ...(requestId ? { requestId } : {}),
      cause: error,
    });
  }
  const status = error.status ?? 0;
  const code = status >= 400 && status < 500 && status !== 408 && status !== 429 ? ExitCode.usage : ExitCode.network;
  return new ExitError(code, `${error.message} (${error.code})`, { ...(requestId ? { requestId } : {}), cause: error });
}

/** Runs `fn` with a client and always closes it; SDK errors become exit errors. */
export async function withClient<T>(
  ctx: CliContext,
  options: { requireAuth?: boolean; notFoundHint?: string },
  fn: (client: Avantika) => Promise<T>,
): Promise<T> {
  const client = await createClient(ctx, options);
  try {
    return await fn(client);
  } catch (error) {
    throw toExitError(error, options.notFoundHint);
  } finally {
    await client.close();
  }
}
