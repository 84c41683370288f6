import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateContentJsonSchemas } from './json-schemas.js';

const dir = new URL('../../../../content/schemas/', import.meta.url);

describe('content JSON Schemas', () => {
  it('match the committed files in content/schemas (run `pnpm --filter @avantika/contract run schemas` if not)', () => {
    const fresh = generateContentJsonSchemas();
    const committed = readdirSync(dir).filter((f) => f.endsWith('.schema.json'));
    expect(committed.sort()).toEqual(Object.keys(fresh).sort());
    for (const [name, text] of Object.entries(fresh)) {
      expect(readFileSync(new URL(name, dir), 'utf8'), name).toBe(text);
    }
  });

  it('describe optional defaults as optional so authors may leave them out', () => {
    const schema = JSON.parse(generateContentJsonSchemas()['problem-front-matter.schema.json']!);
    expect(schema.required).toContain('slug');
    expect(schema.required).not.toContain('premium');
    expect(schema.additionalProperties).toBe(false);
  });
});
