import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../src/commands/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const text = (f: string) => readFileSync(new URL(f, dir), 'utf8');
// The same test run-admin.ts applies to find registration modules.
const registering = files.filter((f) => /\bfunction register\w*Command\b/.test(text(f)));

describe('admin command modules', () => {
  it('never import a registration module at run time, so the bundler keeps each one whole and the built bin finds it', () => {
    expect(registering).toEqual(expect.arrayContaining(['gamification.ts', 'tokens.ts', 'users.ts']));
    const offending = files.flatMap((f) =>
      [...text(f).matchAll(/^import (?!type )[^;]*from '\.\/([\w-]+)\.js';/gm)]
        .map((m) => `${m[1]}.ts`)
        .filter((target) => registering.includes(target))
        .map((target) => `${f} → ${target}`),
    );
    expect(offending).toEqual([]);
  });
});
