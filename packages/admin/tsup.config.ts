import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // Commands come from the explicit registry (src/command-registry.ts); each action's heavy part is a lazy chunk.
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  target: 'node22',
  splitting: true,
  define: { __AVANTIKA_VERSION__: JSON.stringify(pkg.version) },
});
