// Lets a child `node` process run the workspace's TypeScript sources directly: maps @avantika/<pkg> to
// packages/<pkg>/src/index.ts, a relative './x.js' to './x.ts' when only the .ts file exists, and compiles .ts with
// the TypeScript compiler (full syntax, unlike Node's strip-only mode).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire, registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

const packages = new URL('../../../', import.meta.url);
const ts = createRequire(import.meta.url)('typescript');

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
  load(url, context, nextLoad) {
    if (!url.startsWith('file:') || !url.endsWith('.ts') || url.includes('/node_modules/'))
      return nextLoad(url, context);
    const source = readFileSync(fileURLToPath(url), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      fileName: fileURLToPath(url),
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023, verbatimModuleSyntax: true },
    });
    return { format: 'module', source: outputText, shortCircuit: true };
  },
});
