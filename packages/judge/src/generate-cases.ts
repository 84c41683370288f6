import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type TestCase, testCaseSchema } from '@avantika/contract';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { createSeededRng } from './create-seeded-rng.js';
import { JudgeError } from './judge-error.js';

/**
 * Runs a problem's generate.mjs (trusted content code) with an rng seeded from the slug and returns its cases;
 * no generate.mjs means no extra cases. The slug defaults to the front matter's.
 */
export async function generateCases(dir: string, slug?: string): Promise<TestCase[]> {
  const root = resolve(dir);
  const file = join(root, 'generate.mjs');
  if (!existsSync(file)) return [];
  const seed = slug ?? readSlug(root);
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    throw new JudgeError('PROBLEM_INVALID', `${file}: cannot load: ${(error as Error).message}`, {
      file,
      cause: error,
    });
  }
  if (typeof mod.default !== 'function') {
    throw new JudgeError('PROBLEM_INVALID', `${file}: must export a default function generate(rng)`, { file });
  }
  let out: unknown;
  try {
    out = await (mod.default as (rng: unknown) => unknown)(createSeededRng(seed));
  } catch (error) {
    throw new JudgeError('PROBLEM_INVALID', `${file}: generate(rng) threw: ${(error as Error).message}`, {
      file,
      cause: error,
    });
  }
  const parsed = z.array(testCaseSchema).safeParse(out);
  if (!parsed.success) {
    throw new JudgeError('PROBLEM_INVALID', `${file}: ${z.prettifyError(parsed.error)}`, { file, cause: parsed.error });
  }
  return parsed.data;
}

function readSlug(root: string): string {
  const md = readFileSync(join(root, 'problem.md'), 'utf8');
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(md);
  const slug = fm ? (parseYaml(fm[1]!) as { slug?: unknown } | null)?.slug : undefined;
  if (typeof slug !== 'string') throw new JudgeError('PROBLEM_INVALID', `${join(root, 'problem.md')}: no slug`);
  return slug;
}
