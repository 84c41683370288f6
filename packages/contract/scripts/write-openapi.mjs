// Writes packages/contract/openapi.json from the built route descriptors (run after `tsup`; scripts/check-openapi.mjs compares).
import { writeFileSync } from 'node:fs';

const contract = await import(new URL('../dist/index.js', import.meta.url).href);
const target = new URL('../openapi.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(contract.generateOpenApi(), null, 2)}\n`);
process.stderr.write(`wrote ${target.pathname}\n`);
