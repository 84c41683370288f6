// Fails when packages/contract/openapi.json is stale against the route descriptors, or when the built contract cannot
// generate it (a missing generator must not pass the check silently).
import { existsSync, readFileSync } from 'node:fs';

const generator = new URL('../packages/contract/dist/index.js', import.meta.url);
const committed = new URL('../packages/contract/openapi.json', import.meta.url);
const contract = await import(generator.href);
if (typeof contract.generateOpenApi !== 'function') {
  console.error('check-openapi: packages/contract/dist exports no generateOpenApi(); build the contract first');
  process.exit(1);
}
const fresh = `${JSON.stringify(contract.generateOpenApi(), null, 2)}\n`;
if (!existsSync(committed) || readFileSync(committed, 'utf8') !== fresh) {
  console.error(
    'check-openapi: packages/contract/openapi.json is stale; run `pnpm --filter @avantika/contract run openapi`',
  );
  process.exit(1);
}
