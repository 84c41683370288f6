import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandRegistry } from './command-registry.js';

const commandsDir = new URL('./commands/', import.meta.url);

/** Names of the `register…Command` functions each module in commands/ exports. */
function exportedRegistrations(): string[] {
  return readdirSync(commandsDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .flatMap((f) => [
      ...readFileSync(new URL(f, commandsDir), 'utf8').matchAll(/export (?:async )?function (register\w*Command)\b/g),
    ])
    .map((m) => m[1]!);
}

describe('the command registry', () => {
  it('lists every register…Command that a module in commands/ exports, once', () => {
    const listed = commandRegistry.map((register) => register.name);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(exportedRegistrations().sort());
  });
});
