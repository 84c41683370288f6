import { describe, expect, it } from 'vitest';
import { errorRegistry, isErrorCode } from './errors.js';

describe('error registry', () => {
  it('maps every code to an HTTP error status', () => {
    for (const spec of Object.values(errorRegistry)) {
      expect(spec.status).toBeGreaterThanOrEqual(400);
      expect(spec.status).toBeLessThan(600);
    }
  });

  it('recognises registered codes and rejects others', () => {
    expect(isErrorCode('NOT_FOUND')).toBe(true);
    expect(isErrorCode('NOPE')).toBe(false);
    expect(isErrorCode('toString')).toBe(false);
  });
});
