import { readFile } from 'node:fs/promises';
import type { AdminIo } from '../admin-io.js';
import { ExitError } from '../exit-error.js';
import { remote } from './content-remote.js';
import type { UsersBootstrapOptions } from './users.js';

/** The secret from --secret-file, else the data dir's admin-bootstrap-secret; exit 5 when there is none. */
async function readSecret(options: UsersBootstrapOptions, io: AdminIo): Promise<string> {
  let file = options.secretFile;
  if (file === undefined) {
    const server = await import('@avantika/server');
    file = server.adminBootstrapFile(options.dataDir ?? server.resolveDataDir(io.env));
  }
  try {
    const secret = (await readFile(file, 'utf8')).trim();
    if (secret !== '') return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  throw new ExitError(5, `no bootstrap secret in ${file}`, {
    code: 'NOT_FOUND',
    hint: 'a server writes it when it starts with no admin (its log names the file); pass --secret-file or --data-dir',
  });
}

/** `users bootstrap --url`: redeems the server's one-time secret so the token's owner becomes the first admin. */
export async function runUsersBootstrap(options: UsersBootstrapOptions, io: AdminIo): Promise<void> {
  const secret = await readSecret(options, io);
  const user = await remote(options, io, (client) => client.admin.bootstrap({ secret }));
  if (options.json) io.stdout(`${JSON.stringify(user, null, 2)}\n`);
  else io.stdout(`${user.username} <${user.email}> is now an admin; the bootstrap secret is burnt.\n`);
}
