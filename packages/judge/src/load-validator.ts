import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hashParts } from './build/build-cache.js';
import type { Validator } from './compare-output.js';

const loaded = new Map<string, Promise<Validator>>();

/**
 * Loads a problem's trusted validator.ts (content code, run in the judge process) once per source hash. It is written
 * as .mts so Node 24 strips its types natively and treats it as ESM.
 */
export function loadValidator(cacheDir: string, source: string): Promise<Validator> {
  const key = hashParts(['validator', source]).slice(0, 24);
  let promise = loaded.get(key);
  if (!promise) {
    promise = (async () => {
      const dir = join(cacheDir, 'validators');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${key}.mts`);
      writeFileSync(file, source);
      const mod = (await import(pathToFileURL(file).href)) as { validate?: unknown; default?: { validate?: unknown } };
      const validate = mod.validate ?? mod.default?.validate;
      if (typeof validate !== 'function') throw new TypeError('validator.ts must export function validate');
      return validate as Validator;
    })();
    promise.catch(() => loaded.delete(key));
    loaded.set(key, promise);
  }
  return promise;
}
