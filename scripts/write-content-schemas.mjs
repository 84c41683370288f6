// Writes content/schemas/*.schema.json (JSON Schemas for editors) from @avantika/contract's zod schemas.
// Run after `pnpm --filter @avantika/contract run build`; packages/contract/src/content/json-schemas.test.ts fails
// when the committed files are stale.
import { mkdirSync, writeFileSync } from 'node:fs';

const contract = await import(new URL('../packages/contract/dist/index.js', import.meta.url).href);
const dir = new URL('../content/schemas/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(contract.generateContentJsonSchemas())) {
  writeFileSync(new URL(name, dir), text);
  console.log(`wrote content/schemas/${name}`);
}
