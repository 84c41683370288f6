import { describe, expect, it } from 'vitest';
import { isFinal, toEvent, toFailedCase, toStatus, verdictFromResult } from './submission-view.js';

describe('submission view', () => {
  it('never exposes the input or expected output of a hidden failing case', () => {
    const failed = toFailedCase({ index: 7, hidden: true, verdict: 'wrong_answer', input: [[1, 2]], expected: 3 });
    expect(failed).toEqual({ kind: 'hidden', index: 7 });
    expect(JSON.stringify(failed)).not.toContain('expected');
  });

  it('treats a failed case without an explicit visible flag as hidden', () => {
    expect(toFailedCase({ index: 2, input: [1], expected: 1 })).toEqual({ kind: 'hidden', index: 2 });
  });

  it('shows input, expected, actual and stdout for a visible failing case', () => {
    const failed = toFailedCase({
      index: 0,
      hidden: false,
      input: [[2, 7], 9],
      expected: [0, 1],
      actual: [1, 0],
      stdout: 'hi',
    });
    expect(failed).toEqual({
      kind: 'visible',
      index: 0,
      input: [[2, 7], 9],
      expected: [0, 1],
      actual: [1, 0],
      stdout: 'hi',
    });
  });

  it("maps the seed's short statuses and unknown ones to contract verdicts", () => {
    expect(toStatus('tle')).toBe('time_limit_exceeded');
    expect(toStatus('accepted')).toBe('accepted');
    expect(toStatus('pending')).toBe('pending');
    expect(toStatus('weird')).toBe('internal_error');
    expect(isFinal('running')).toBe(false);
    expect(isFinal('wrong_answer')).toBe(true);
  });

  it("turns the judge's verdict event into the contract's, rounding runtime", () => {
    const event = toEvent({
      seq: 4,
      type: 'verdict',
      payload: {
        result: {
          verdict: 'wrong_answer',
          passed: 3,
          total: 10,
          runtimeMs: 12.6,
          memoryKb: 2048,
          message: null,
          failedCase: { index: 5, hidden: true, verdict: 'wrong_answer' },
        },
      },
    });
    expect(event).toEqual({
      seq: 4,
      type: 'verdict',
      verdict: {
        status: 'wrong_answer',
        passed: 3,
        total: 10,
        runtimeMs: 13,
        memoryKb: 2048,
        message: null,
        firstFailure: { kind: 'hidden', index: 5 },
      },
      award: null,
    });
  });

  it('skips event types it does not know', () => {
    expect(toEvent({ seq: 1, type: 'mystery', payload: {} })).toBeUndefined();
    expect(toEvent({ seq: 2, type: 'running', payload: { done: 2, total: 5 } })).toEqual({
      seq: 2,
      type: 'running',
      done: 2,
      total: 5,
    });
  });

  it('maps a compile error verdict with its message', () => {
    expect(verdictFromResult({ verdict: 'compile_error', passed: 0, total: 4, message: 'line 3' })).toMatchObject({
      status: 'compile_error',
      message: 'line 3',
      firstFailure: null,
    });
  });
});
