// `npm start`: starts the embedded platform server (PGlite in the data dir, the content pack seeded on first run),
// makes sure a local account is signed in, and leaves the user in the CLI: an interactive `avantika` shell on a
// terminal, or instructions and a running server otherwise (Ctrl-C / SIGTERM stops it).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../packages/cli/dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const version = JSON.parse(
  await (await import('node:fs/promises')).readFile(join(root, 'packages/cli/package.json'), 'utf8'),
).version;
const port = Number(process.env.AVANTIKA_PORT ?? 4870);
const url = process.env.AVANTIKA_URL ?? `http://127.0.0.1:${port}`;
const dataDir =
  process.env.AVANTIKA_DATA_DIR ?? join(process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'avantika');
mkdirSync(dataDir, { recursive: true });
const logFile = join(dataDir, 'server.log');
const env = { ...process.env, AVANTIKA_URL: url, AVANTIKA_DATA_DIR: dataDir };
const cli = (argv, extra = {}) => runCli(argv, { version, ...extra });

process.stderr.write(`Starting the Avantika server on ${url} (data: ${dataDir}, log: ${logFile}) …\n`);
const log = openSync(logFile, 'a');
const server = spawn(
  process.execPath,
  [
    join(root, 'packages/server/dist/bin.js'),
    '--port',
    String(port),
    '--data-dir',
    dataDir,
    '--seed',
    join(root, 'content'),
  ],
  { stdio: ['ignore', log, log], env },
);
let stopping = false;
const stop = (code) => {
  stopping = true;
  server.kill('SIGTERM');
  server.once('exit', () => process.exit(code));
};
server.once('exit', (code) => {
  if (!stopping) {
    process.stderr.write(`The server exited (code ${code}); see ${logFile}.\n`);
    process.exit(4);
  }
});
process.once('SIGINT', () => stop(0));
process.once('SIGTERM', () => stop(0));

// The first start migrates the database and imports the content pack: allow it a couple of minutes.
const deadline = Date.now() + 180_000;
for (;;) {
  try {
    const res = await fetch(`${url}/readyz`);
    if (res.ok) break;
  } catch {
    // not listening yet
  }
  if (Date.now() > deadline) {
    process.stderr.write(`The server did not become ready in 3 minutes; see ${logFile}.\n`);
    stop(4);
  }
  await new Promise((r) => setTimeout(r, 500));
}
process.env.AVANTIKA_URL = url;

const { Readable } = await import('node:stream');
const silent = { write: () => true };
const contextWith = (stdin, stderr = process.stderr) => ({
  stdout: stderr === silent ? silent : process.stdout,
  stderr,
  stdin: Readable.from([stdin]),
  env: process.env,
  cwd: process.cwd(),
  version,
});
if ((await cli(['whoami'], { context: contextWith('', silent) })) !== 0) {
  // A local single-user setup: the account is created once and its password kept in the data dir (mode 0600).
  const accountFile = join(dataDir, 'local-account');
  const saved = existsSync(accountFile)
    ? Object.fromEntries(
        readFileSync(accountFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split(': ')),
      )
    : undefined;
  if (saved?.username && saved.password) {
    await cli(['login', '--user', saved.username, '--password-stdin'], { context: contextWith(saved.password) });
  } else {
    const base = (userInfo().username || 'me').toLowerCase().replace(/[^a-z0-9_-]/g, '');
    const name = base.length >= 3 ? base : `${base || 'me'}-local`;
    const password = randomBytes(18).toString('base64url');
    const argv = ['register', '--email', `${name}@avantika.local`, '--username', name, '--password-stdin'];
    if ((await cli(argv, { context: contextWith(password) })) === 0) {
      writeFileSync(accountFile, `username: ${name}\npassword: ${password}\n`, { mode: 0o600 });
      process.stderr.write(`Created the local account "${name}" (its password is in ${accountFile}).\n`);
    }
  }
}

const avantika = `node ${join('packages', 'cli', 'dist', 'bin.js')}`;
process.stderr.write(
  `\nAvantika is ready at ${url}. Try:\n` +
    `  problems list            daily                 start two-sum --lang py\n` +
    `  test two-sum.py          submit two-sum.py     quiz dsa-complexity\n` +
    `  path list                doctor                help\n`,
);
if (process.stdin.isTTY && process.stderr.isTTY) {
  await cli(['shell']);
  stop(0);
} else {
  process.stderr.write(
    `\nNo terminal here, so no interactive shell. From another shell run the CLI as:\n  ${avantika} <command>\n` +
      `with AVANTIKA_URL=${url}. The server keeps running until Ctrl-C or SIGTERM.\n`,
  );
}
