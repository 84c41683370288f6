// HTTP throughput: `GET /v1/problems?limit=50` on the real server (buildApp on embedded PGlite, 50 problems imported)
// against bare `node:http` answering the same bytes from memory. autocannon runs in its own process; rounds alternate
// baseline and server so load drift hits both alike. Loopback only; each round is BENCH_SECONDS long (default 5),
// BENCH_ROUNDS rounds (default 2), BENCH_CONNECTIONS connections (default 10).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { median } from './lib.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PROBLEMS = 50;

const root = new URL('../', import.meta.url);
const serverDist = new URL('packages/server/dist/index.js', root);
const sdkDist = new URL('packages/sdk/dist/index.js', root);
if (!existsSync(serverDist) || !existsSync(sdkDist)) throw new Error('build first: npm run build');
const autocannonBin = fileURLToPath(new URL('node_modules/autocannon/autocannon.js', root));
const { buildApp, createSqlDocumentStore, importContent, openScratchSql } = await import(serverDist.href);
const { Avantika } = await import(sdkDist.href);

/** Runs autocannon in its own process against `url` and resolves with its JSON summary. */
function autocannon(url, headers, duration = seconds) {
  const args = [autocannonBin, '-j', '-n', '-c', String(connections), '-d', String(duration)];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}=${value}`);
  args.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`autocannon exit ${code}`))));
  });
}

/** 50 problems made from the pack's two-sum (statement, tests, solutions), each under its own slug. */
function benchContent() {
  const dir = fileURLToPath(new URL('content/', root));
  const files = { 'topics.yaml': readFileSync(`${dir}topics.yaml`, 'utf8') };
  const base = `${dir}problems/two-sum/`;
  const tests = JSON.parse(readFileSync(`${base}tests.json`, 'utf8'));
  const hidden = [...tests.hidden];
  while (hidden.length < 20) hidden.push(...tests.hidden);
  const statement = readFileSync(`${base}problem.md`, 'utf8');
  for (let i = 1; i <= PROBLEMS; i++) {
    const slug = `bench-problem-${String(i).padStart(2, '0')}`;
    const text = statement.replace(/^slug: .*$/m, `slug: ${slug}`).replace(/^title: .*$/m, `title: Bench problem ${i}`);
    files[`problems/${slug}/problem.md`] = text;
    files[`problems/${slug}/tests.json`] = JSON.stringify({ visible: tests.visible, hidden });
    for (const name of readdirSync(`${base}solutions`)) {
      files[`problems/${slug}/solutions/${name}`] = readFileSync(`${base}solutions/${name}`, 'utf8');
    }
  }
  return files;
}

// The importer's document port kept in memory during the import (on PGlite a write outside the importer's open
// transaction would wait for it), then copied into the JSONB store.
async function importBenchContent(sql) {
  const docs = new Map();
  const get = async (ids) => new Map(ids.flatMap((id) => (docs.has(id) ? [[id, docs.get(id)]] : [])));
  const port = {
    get,
    count: async () => docs.size,
    contentHashes: async (ids) => new Map([...(await get(ids))].map(([id, doc]) => [id, doc.contentHash])),
    put: async (list) => {
      for (const doc of list) docs.set(doc.postgresId, doc);
    },
  };
  const report = await importContent(sql, port, { files: benchContent() });
  if (!report.ok) throw new Error(`seeding failed: ${JSON.stringify(report.issues.slice(0, 3))}`);
  const problems = createSqlDocumentStore(sql).collection('problems');
  for (const doc of docs.values()) await problems.upsertBy(['postgresId'], JSON.parse(JSON.stringify(doc)));
}

async function startSubject() {
  const sql = await openScratchSql('pglite');
  await importBenchContent(sql);
  const app = await buildApp({
    sql,
    jwtSecret: 'bench-secret-that-is-at-least-32-bytes-long',
    logger: false,
    validateResponses: false,
    rateLimit: { points: 1_000_000, durationSeconds: 60 },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${app.server.address().port}`;
  const close = async () => {
    await app.close();
    await sql.close();
  };
  return { url, close };
}

async function startBaseline(body) {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

const subject = await startSubject();
const client = new Avantika({ baseUrl: subject.url });
const name = `bench${Date.now()}`;
const session = await client.auth.register({
  email: `${name}@example.test`,
  username: name,
  password: 'bench-password',
});
const headers = { authorization: `Bearer ${session.tokens.accessToken}` };
const page = await client.problems.list({ limit: PROBLEMS });
if (page.data.length !== PROBLEMS) throw new Error(`expected ${PROBLEMS} problems, got ${page.data.length}`);
await client.close();
const path = `/v1/problems?limit=${PROBLEMS}`;
const body = await (await fetch(subject.url + path, { headers })).text();
const baseline = await startBaseline(Buffer.from(body));

const results = { 'node:http (memory)': [], 'server GET /v1/problems': [] };
const targets = { 'node:http (memory)': baseline.url, 'server GET /v1/problems': subject.url };
for (const url of Object.values(targets)) await autocannon(url + path, headers, 1); // warm-up: JIT, pools, caches
for (let round = 0; round < rounds; round++) {
  // Alternate which goes first so neither always runs on a warmer machine.
  const order = round % 2 === 0 ? Object.keys(targets) : Object.keys(targets).reverse();
  for (const name of order) {
    const r = await autocannon(targets[name] + path, headers);
    if (r.non2xx > 0 || r.errors > 0) throw new Error(`${name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
    results[name].push(r);
  }
}
await baseline.close();
await subject.close();

console.log(`# HTTP: GET ${path} (${body.length} bytes), ${connections} connections, ${rounds}x${seconds}s each`);
const rps = (name) => median(results[name].map((r) => r.requests.average));
for (const name of Object.keys(results)) {
  const p99 = median(results[name].map((r) => r.latency.p99));
  console.log(`${name.padEnd(26)} ${rps(name).toFixed(0).padStart(7)} req/s  p99 ${p99.toFixed(1).padStart(6)} ms`);
}
const ratio = rps('server GET /v1/problems') / rps('node:http (memory)');
console.log(`ratio server / node:http: ${ratio.toFixed(2)} (target >= 0.60)`);
