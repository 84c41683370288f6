// Runs one benchmark by name (`npm run bench -- cli-startup`) or lists them.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs') && !['run.mjs', 'lib.mjs', 'content-pack.mjs'].includes(f))
  .map((f) => f.slice(0, -4));
const wanted = process.argv.slice(2);
if (wanted.length === 0) {
  console.log(`benchmarks: ${names.join(', ')}\nrun one: npm run bench -- <name>`);
} else {
  for (const name of wanted) {
    if (!names.includes(name)) throw new Error(`no benchmark named ${name}; have ${names.join(', ')}`);
    await import(new URL(`./${name}.mjs`, import.meta.url).href);
  }
}
