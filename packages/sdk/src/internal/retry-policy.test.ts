import { describe, expect, it } from 'vitest';
import { APIError } from '../errors.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { MAX_RETRY_AFTER_MS, retryDelay, shouldRetryResponse } from './retry-policy.js';

describe('parseRetryAfter', () => {
  it('reads seconds, milliseconds and HTTP dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter({ 'retry-after': '2' }, now)).toBe(2000);
    expect(parseRetryAfter({ 'retry-after-ms': '150' }, now)).toBe(150);
    expect(parseRetryAfter({ 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }, now)).toBe(3000);
  });

  it('ignores values it cannot read and dates in the past count as now', () => {
    expect(parseRetryAfter({ 'retry-after': 'soon' })).toBeUndefined();
    expect(parseRetryAfter({})).toBeUndefined();
    expect(parseRetryAfter({ 'retry-after': 'Thu, 01 Jan 2015 00:00:00 GMT' })).toBe(0);
  });
});

describe('retryDelay', () => {
  it('doubles from 500 ms with at most 25% jitter and caps at 8 s', () => {
    expect(retryDelay(0, {}, () => 0)).toBe(500);
    expect(retryDelay(2, {}, () => 0)).toBe(2000);
    expect(retryDelay(2, {}, () => 1)).toBe(1500);
    expect(retryDelay(10, {}, () => 0)).toBe(8000);
  });

  it('uses Retry-After but never beyond the cap', () => {
    expect(retryDelay(0, { 'retry-after': '3' })).toBe(3000);
    expect(retryDelay(0, { 'retry-after': '3600' })).toBe(MAX_RETRY_AFTER_MS);
  });
});

describe('shouldRetryResponse', () => {
  const error = (status: number, code: string, headers = {}) =>
    APIError.fromResponse(status, { error: { code, message: '', requestId: 'r' } }, headers);

  it('retries 408, 429, 502, 503 and 504 always', () => {
    for (const status of [408, 429, 502, 503, 504]) expect(shouldRetryResponse(error(status, 'X'), false)).toBe(true);
  });

  it('retries a 500 only with an idempotency key and a retryable code', () => {
    expect(shouldRetryResponse(error(500, 'INTERNAL'), true)).toBe(true);
    expect(shouldRetryResponse(error(500, 'INTERNAL'), false)).toBe(false);
    expect(shouldRetryResponse(error(500, 'SOMETHING_UNKNOWN'), true)).toBe(false);
  });

  it('never retries other 4xx and obeys x-should-retry', () => {
    expect(shouldRetryResponse(error(400, 'VALIDATION_FAILED'), true)).toBe(false);
    expect(shouldRetryResponse(error(400, 'VALIDATION_FAILED', { 'x-should-retry': 'true' }), false)).toBe(true);
    expect(shouldRetryResponse(error(503, 'UNAVAILABLE', { 'x-should-retry': 'false' }), false)).toBe(false);
  });
});
