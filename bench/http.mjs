// HTTP throughput of the platform server: `GET /v1/problems?limit=50` as a signed-in user on the real app (buildApp
// on an in-memory embedded database holding a generated pack, logging off, response validation off) against a bare
// `node:http` server answering the same JSON bytes from memory. Both servers and the load generator (autocannon) run
// in separate processes, alternating rounds (after a 2 s warm-up of each) so machine load hits both alike. Target:
// ratio >= 0.6. Wall req/s swing with machine load, so on Linux it also prints each server's CPU time per request
// (user + system, read from /proc/<pid>/stat around each round), which stays comparable when other jobs share the
// cores.
// With DATABASE_URL set it also measures the same app on a scratch PostgreSQL database (the production setup), in the
// same interleaved rounds: the embedded PGlite in the server's process is measured to cost CPU on every request even
// though a warm list never queries it.
// Needs the built packages (`npm run build`). BENCH_SECONDS (default 8) and BENCH_CONNECTIONS (default 32) tune it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './lib.mjs';

const URL_PATH = '/v1/problems?limit=50';
const self = fileURLToPath(import.meta.url);

async function serveAvantika(packDir, kind) {
  const server = await import(new URL('../packages/server/dist/index.js', import.meta.url).href);
  const sql = await server.openScratchSql(kind);
  // The scratch PostgreSQL database is dropped on close; the parent stops this child with SIGTERM.
  process.once('SIGTERM', () => sql.close().finally(() => process.exit(0)));
  const report = await server.importContent(
    sql,
    server.createProblemDocuments(server.createSqlDocumentStore(sql), sql),
    { paths: [packDir] },
  );
  if (!report.ok) throw new Error(`import failed: ${JSON.stringify(report.issues.slice(0, 3))}`);
  const app = await server.buildApp({ sql, jwtSecret: 'b'.repeat(48), validateResponses: false });
  // The list is for signed-in users: the measured path includes verifying the JWT and loading the caller.
  const session = await app.inject({
    method: 'POST',
    url: '/v1/auth/register',
    payload: { email: 'bench@example.test', username: 'bench', password: 'bench-password' },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  process.stdout.write(`TOKEN ${session.json().tokens.accessToken}\nPORT ${app.server.address().port}\n`);
}

function serveBare(bodyFile) {
  const body = readFileSync(bodyFile);
  const server = createServer((req, res) => {
    if (req.url !== URL_PATH) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
    res.end(body);
  });
  server.listen(0, '127.0.0.1', () => process.stdout.write(`PORT ${server.address().port}\n`));
}

function startChild(args) {
  const child = spawn(process.execPath, [self, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /PORT (\d+)/.exec(out);
      if (match) resolve({ child, port: Number(match[1]), token: /TOKEN (\S+)/.exec(out)?.[1] });
    });
    child.on('exit', (code) => reject(new Error(`server child exited with ${code}`)));
  });
}

/** CPU time a process has used so far in µs (user, system), or null where /proc does not exist. */
function cpuMicros(pid) {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return null;
  // Fields after the `(comm)`: utime and stime are the 12th and 13th, in clock ticks (100 per second on Linux).
  const stat = readFileSync(file, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { user: Number(fields[11]) * 10_000, system: Number(fields[12]) * 10_000 };
}

async function measure(server, token) {
  const before = cpuMicros(server.child.pid);
  const result = await autocannon(server.port, token);
  const after = cpuMicros(server.child.pid);
  if (before === null || after === null) return { ...result, cpu: null };
  const per = (key) => (after[key] - before[key]) / result.total;
  return { ...result, cpu: { user: per('user'), system: per('system') } };
}

function autocannon(port, token, seconds = process.env.BENCH_SECONDS ?? '8') {
  const bin = fileURLToPath(new URL('../node_modules/autocannon/autocannon.js', import.meta.url));
  const args = ['-j', '-c', process.env.BENCH_CONNECTIONS ?? '32', '-d', String(seconds)];
  // Both servers get the same header so the requests on the wire are identical.
  if (token) args.push('-H', `authorization=Bearer ${token}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args, `http://127.0.0.1:${port}${URL_PATH}`], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}`));
      const result = JSON.parse(out);
      if (result.non2xx > 0) return reject(new Error(`${result.non2xx} non-2xx answers from port ${port}`));
      resolve({ rps: result.requests.average, p99: result.latency.p99, total: result.requests.total });
    });
  });
}

/** Median CPU µs per request of a server's rounds (user, system, total), or null without /proc. */
function cpuOf(runs) {
  if (runs.some((r) => r.cpu === null)) return null;
  const user = median(runs.map((r) => r.cpu.user));
  const system = median(runs.map((r) => r.cpu.system));
  return { user, system, total: median(runs.map((r) => r.cpu.user + r.cpu.system)) };
}

async function main() {
  const { writeContentPack } = await import('./content-pack.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'avantika-bench-http-'));
  const children = [];
  try {
    writeContentPack(join(dir, 'pack'), 60);
    const avantika = await startChild(['--serve-avantika', join(dir, 'pack'), 'pglite']);
    children.push(avantika.child);
    const res = await fetch(`http://127.0.0.1:${avantika.port}${URL_PATH}`, {
      headers: { authorization: `Bearer ${avantika.token}` },
    });
    if (res.status !== 200) throw new Error(`GET ${URL_PATH} answered ${res.status}: ${await res.text()}`);
    const body = Buffer.from(await res.arrayBuffer());
    const items = JSON.parse(body.toString()).data.length;
    writeFileSync(join(dir, 'body.json'), body);
    const bare = await startChild(['--serve-bare', join(dir, 'body.json')]);
    children.push(bare.child);
    const servers = { 'node:http from memory': bare, 'avantika on PGlite': avantika };
    if (process.env.DATABASE_URL) {
      const onPostgres = await startChild(['--serve-avantika', join(dir, 'pack'), 'postgres']);
      children.push(onPostgres.child);
      servers['avantika on PostgreSQL'] = onPostgres;
    }
    // One unmeasured round each first, so no server is measured while its code is still being optimized.
    for (const server of Object.values(servers)) await autocannon(server.port, server.token ?? avantika.token, 2);
    const results = Object.fromEntries(Object.keys(servers).map((name) => [name, []]));
    for (let round = 0; round < 3; round += 1) {
      for (const [name, server] of Object.entries(servers)) {
        results[name].push(await measure(server, server.token ?? avantika.token));
      }
    }
    console.log(`# http: GET ${URL_PATH} (${items} items, ${body.length} bytes), 3 interleaved rounds`);
    const base = median(results['node:http from memory'].map((r) => r.rps));
    const baseCpu = cpuOf(results['node:http from memory']);
    for (const [name, runs] of Object.entries(results)) {
      const rps = median(runs.map((r) => r.rps));
      const p99 = median(runs.map((r) => r.p99));
      const ratio = name.startsWith('node:http') ? '(baseline)' : `ratio ${(rps / base).toFixed(2)} (target >= 0.6)`;
      console.log(
        `${name.padEnd(28)} ${rps.toFixed(0).padStart(7)} req/s  p99 ${String(p99).padStart(4)} ms  ${ratio}`,
      );
    }
    if (baseCpu !== null) {
      for (const [name, runs] of Object.entries(results)) {
        const cpu = cpuOf(runs);
        const ratio = name.startsWith('node:http')
          ? '(baseline)'
          : `CPU ratio ${(baseCpu.total / cpu.total).toFixed(2)}`;
        console.log(
          `${name.padEnd(28)} CPU ${cpu.total.toFixed(1).padStart(6)} µs/req (user ${cpu.user.toFixed(1)}, system ${cpu.system.toFixed(1)})  ${ratio}`,
        );
      }
    }
  } finally {
    for (const child of children) child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--serve-avantika') await serveAvantika(process.argv[3], process.argv[4]);
else if (process.argv[2] === '--serve-bare') serveBare(process.argv[3]);
else await main();
