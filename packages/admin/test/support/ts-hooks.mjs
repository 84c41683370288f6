// Lets a child `node` process run the TypeScript sources directly (Node 24 strips types): maps @avantika/<pkg> to
// packages/<pkg>/src/index.ts and a relative './x.js' to './x.ts' when only the .ts file exists.
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

const packages = new URL('../../../', import.meta.url);

registerHooks({
  resolve(specifier, context, nextResolve) {
    const own = /^@avantika\/([a-z]+)$/.exec(specifier);
    if (own) return nextResolve(new URL(`${own[1]}/src/index.ts`, packages).href, context);
    if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL) {
      const ts = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
      if (!existsSync(fileURLToPath(new URL(specifier, context.parentURL))) && existsSync(fileURLToPath(ts))) {
        return nextResolve(ts.href, context);
      }
    }
    return nextResolve(specifier, context);
  },
});
