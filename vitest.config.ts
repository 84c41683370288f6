import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const packages = ['contract', 'sdk', 'cli', 'judge', 'server', 'admin'] as const;
const source = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));
// Exact matches: a plain '@avantika/server' key would also rewrite '@avantika/server/testing' to '…/index.ts/testing'.
const alias = [
  { find: /^@avantika\/server\/testing$/, replacement: source('server/src/testing.ts') },
  ...packages.map((name) => ({ find: new RegExp(`^@avantika/${name}$`), replacement: source(`${name}/src/index.ts`) })),
];

// One project per package so `vitest run --project judge` runs one package; workspace packages resolve to source.
export default defineConfig({
  resolve: { alias },
  define: { __AVANTIKA_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      ...packages.map((name) => ({
        extends: true as const,
        test: { name, include: [`packages/${name}/{src,test}/**/*.test.{ts,tsx}`] },
      })),
      { extends: true as const, test: { name: 'examples', include: ['examples/**/*.test.ts'] } },
    ],
  },
});
