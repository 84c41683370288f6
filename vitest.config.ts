import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const packages = ['contract', 'sdk', 'cli', 'judge', 'server', 'admin'] as const;
const alias = Object.fromEntries(
  packages.map((name) => [
    `@avantika/${name}`,
    fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url)),
  ]),
);

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
