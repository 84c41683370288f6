import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // Commands are separate entries: bin.ts discovers dist/commands/*.js at run time (one file per command group).
  entry: ['src/index.ts', 'src/bin.ts', 'src/commands/*.ts', '!src/**/*.test.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  target: 'node22',
  splitting: true,
  define: { __AVANTIKA_VERSION__: JSON.stringify(pkg.version) },
});
