import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
let built: Promise<string> | undefined;

/**
 * Bundles the judge's bin from source (contract included) into packages/judge/dist/.test-worker, so a test can run
 * `avantika-judge worker` as a real separate process without depending on a prior `npm run build`.
 */
export function buildWorkerBundle(): Promise<string> {
  built ??= (async () => {
    const outDir = `${root}packages/judge/dist/.test-worker`;
    await build({
      entry: { bin: `${root}packages/judge/src/bin.ts` },
      outDir,
      format: ['esm'],
      target: 'node22',
      dts: false,
      clean: true,
      silent: true,
      config: false,
      noExternal: ['@avantika/contract'],
      external: ['pg', 'pg-boss', 'yaml', 'zod'],
      esbuildOptions(options) {
        options.alias = { '@avantika/contract': `${root}packages/contract/src/index.ts` };
      },
    });
    return `${outDir}/bin.js`;
  })();
  return built;
}
