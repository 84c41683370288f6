import { Writable } from 'node:stream';
import { routeErrorCodes, runProblem } from '@avantika/contract';
import { JudgeError, type JudgeErrorCode } from '@avantika/judge';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../src/adapters/sql/sql.js';
import { createLogger } from '../src/http/logger.js';
import type { PracticeJudge, RunSpec } from '../src/modules/problems/practice-judge.js';
import { bearer, importPracticeContent, registerUser } from './support/practice-fixture.js';
import { buildTestApp, openTestSql } from './support/test-app.js';

/** A judge whose runs fail the way @avantika/judge does when it cannot run code or the problem is broken. */
function failingJudge(code: JudgeErrorCode, runs: RunSpec[]): PracticeJudge {
  return {
    starter: () => '',
    async run(spec) {
      runs.push(spec);
      throw new JudgeError(code, `judge failed with ${code}`);
    },
  };
}

function captureLogs() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'debug' }, stream) };
}

describe('judge failures on the run route', () => {
  let sql: Sql;
  let users = 0;

  beforeAll(async () => {
    sql = await openTestSql('pglite');
    await importPracticeContent(sql);
  });
  afterAll(async () => {
    await sql?.close();
  });

  /** Builds an app on a failing judge, calls the run route with `payload` and answers the response, runs and logs. */
  async function runWith(code: JudgeErrorCode, payload: Record<string, unknown>) {
    const runs: RunSpec[] = [];
    const { lines, logger } = captureLogs();
    const app: FastifyInstance = await buildTestApp(sql, { logger, practice: { judge: failingJudge(code, runs) } });
    try {
      const user = await registerUser(app, `runner${++users}`);
      const res = await app.inject({
        method: 'POST',
        url: '/v1/problems/two-sum/run',
        headers: { ...bearer(user.token), 'x-request-id': `judge-${code}` },
        payload,
      });
      const line = lines.find((l) => l['requestId'] === `judge-${code}` && l['msg'] === 'request failed');
      // The OpenAPI document lists each route's answers from its declared codes.
      expect(routeErrorCodes(runProblem)).toContain(res.json().error.code);
      return { res, runs, line };
    } finally {
      await app.close();
    }
  }

  it('answers 503 JUDGE_UNAVAILABLE with Retry-After and logs the judge error as the cause', async () => {
    const { res, runs, line } = await runWith('JUDGE_UNAVAILABLE', { language: 'python', code: 'x' });
    expect(runs).toHaveLength(1);
    expect(res.statusCode, res.body).toBe(503);
    expect(res.json().error.code).toBe('JUDGE_UNAVAILABLE');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(line).toMatchObject({ level: 50, code: 'JUDGE_UNAVAILABLE' });
    const err = line?.['err'] as { type: string; message: string; stack: string };
    expect(err.type).toBe('DomainError');
    // pino's error serializer folds the cause's message and stack into the logged error's.
    expect(err.message).toContain('judge failed with JUDGE_UNAVAILABLE');
    expect(err.stack).toContain('caused by: JudgeError');
  });

  it('answers 503 JUDGE_UNAVAILABLE when the reference run for custom inputs cannot start', async () => {
    const { res, runs } = await runWith('JUDGE_UNAVAILABLE', { language: 'python', code: 'x', inputs: [[[3, 5], 8]] });
    // The reference solution runs first to give the custom inputs expected outputs.
    expect(runs).toHaveLength(1);
    expect(runs[0]?.code).not.toBe('x');
    expect(res.statusCode, res.body).toBe(503);
    expect(res.json().error.code).toBe('JUDGE_UNAVAILABLE');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('answers PROBLEM_INVALID with its registry status when the judge rejects the problem', async () => {
    const { res, line } = await runWith('PROBLEM_INVALID', { language: 'python', code: 'x' });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.code).toBe('PROBLEM_INVALID');
    expect(res.headers['retry-after']).toBeUndefined();
    expect(line).toBeUndefined();
  });
});
