import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // write-help.js runs after each build and writes dist/help.json, the help texts bin.js prints for `--help`.
  entry: { index: 'src/index.ts', bin: 'src/bin.ts', 'write-help': 'src/help/write-help.ts' },
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  target: 'node22',
  // Split chunks so `--version` and `--help` load only bin.js; command modules are imported on demand.
  splitting: true,
  define: { __AVANTIKA_VERSION__: JSON.stringify(pkg.version) },
  banner: { js: '' },
  onSuccess: 'node dist/write-help.js',
});
