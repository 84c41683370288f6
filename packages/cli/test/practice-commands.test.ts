import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/run-cli.js';
import { createTestContext } from './test-context.js';
import { startTestServer, type TestServer } from './test-server.js';

let server: TestServer;
let configDir: string;
const solutions = join(import.meta.dirname, '../../../content/problems/two-sum/solutions');

beforeAll(async () => {
  server = await startTestServer({ problems: ['two-sum'], mcq: ['dsa-complexity'] });
  const ctx = createTestContext({ env: { AVANTIKA_URL: server.url }, stdin: 'practice password 1' });
  expect(
    await runCli(['register', '--email', 'p@example.com', '--username', 'practice', '--password-stdin'], {
      version: '0',
      context: ctx,
    }),
  ).toBe(0);
  configDir = ctx.env['AVANTIKA_CONFIG_DIR'] ?? '';
}, 240_000);
afterAll(async () => {
  await server?.close();
});

function cli(argv: string[], cwd?: string) {
  const ctx = createTestContext({ env: { AVANTIKA_URL: server.url, AVANTIKA_CONFIG_DIR: configDir } });
  const context = cwd ? { ...ctx, cwd } : ctx;
  return { ctx: context, run: () => runCli(argv, { version: '0', context }) };
}

describe('the practice loop through the CLI on a real server and judge', () => {
  it('lists and shows problems', async () => {
    const list = cli(['problems', 'list', '--json']);
    expect(await list.run()).toBe(0);
    expect((JSON.parse(list.ctx.stdout.text()) as { slug: string }[]).map((p) => p.slug)).toContain('two-sum');
    const show = cli(['problems', 'show', 'two-sum']);
    expect(await show.run()).toBe(0);
    expect(show.ctx.stdout.text()).toContain('Two Sum');
    expect(await cli(['problems', 'show', 'no-such-problem']).run()).toBe(5);
  });

  it('searches statements, MCQ questions and titles, forgiving a mistyped title', async () => {
    type Hit = { kind: string; fields: { slug: string } };
    const words = cli(['search', 'courier', 'drone', '--json']);
    expect(await words.run()).toBe(0);
    expect((JSON.parse(words.ctx.stdout.text()) as Hit[]).map((h) => `${h.kind}:${h.fields.slug}`)).toEqual([
      'problem:two-sum',
    ]);
    const quiz = cli(['search', 'binary', 'search', 'comparisons', '--kind', 'mcq', '--json']);
    expect(await quiz.run()).toBe(0);
    expect((JSON.parse(quiz.ctx.stdout.text()) as Hit[]).map((h) => `${h.kind}:${h.fields.slug}`)).toEqual([
      'mcq_set:dsa-complexity',
    ]);
    const typo = cli(['search', 'Two Sun']);
    expect(await typo.run()).toBe(0);
    expect(typo.ctx.stdout.text()).toMatch(/^KIND\s+SLUG\s+TITLE\s+DETAIL/);
    expect(typo.ctx.stdout.text()).toContain('two-sum');
    expect(typo.ctx.stdout.text()).toContain('avantika problems show two-sum');
  });

  it('exits 5 with a hint when a search matches nothing, and 2 on an empty search or an unknown kind', async () => {
    const none = cli(['search', 'zebra', 'crossing', '--json']);
    expect(await none.run(), none.ctx.stdout.text()).toBe(5);
    expect(JSON.parse(none.ctx.stdout.text())).toEqual([]);
    expect(none.ctx.stderr.text()).toContain('avantika problems list');
    const noPath = cli(['search', 'courier', '--kind', 'path']);
    expect(await noPath.run(), noPath.ctx.stdout.text() + noPath.ctx.stderr.text()).toBe(5);
    expect(await cli(['search', 'courier', '--kind', 'video']).run()).toBe(2);
    expect(await cli(['problems', 'list', '--search', 'zebra crossing']).run()).toBe(5);
    const filtered = cli(['problems', 'list', '--difficulty', 'expert']);
    expect(await filtered.run()).toBe(0);
    expect(filtered.ctx.stderr.text()).toBe('No problems match.\n');
    expect(await cli(['search', ' ']).run()).toBe(2);
  });

  it('renders a statement for a plain terminal exactly as recorded (NO_COLOR)', async () => {
    const show = cli(['problems', 'show', 'two-sum']);
    expect(await show.run()).toBe(0);
    expect(show.ctx.stdout.text()).toMatchSnapshot();
  });

  it('starts, fails the samples with a diff, then passes and is accepted in Python and C++', async () => {
    const start = cli(['start', 'two-sum', '--lang', 'py']);
    expect(await start.run()).toBe(0);
    const dir = start.ctx.cwd;
    expect(await cli(['start', 'two-sum', '--lang', 'py'], dir).run()).toBe(2);

    const failing = cli(['test'], dir);
    expect(await failing.run()).toBe(1);
    expect(failing.ctx.stdout.text()).toContain('--- expected');

    const file = join(dir, 'two-sum.py');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8').split('\n').slice(0, 3).join('\n')}\n${readFileSync(join(solutions, 'python.py'), 'utf8')}`,
    );
    expect(await cli(['test'], dir).run()).toBe(0);
    const submit = cli(['submit', 'two-sum.py'], dir);
    expect(await submit.run()).toBe(0);
    expect(submit.ctx.stdout.text()).toContain('Accepted');
    expect(submit.ctx.stdout.text()).toMatch(/\+\d+ XP · level \d+ · streak 1 day/);

    writeFileSync(join(dir, 'two-sum.cpp'), readFileSync(join(solutions, 'cpp.cpp'), 'utf8'));
    const cpp = cli(['submit', 'two-sum.cpp', '--json'], dir);
    expect(await cpp.run()).toBe(0);
    const events = cpp.ctx.stdout
      .text()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; award?: unknown });
    // Already solved in Python: the award says no new XP, on the verdict event and on the submission alike.
    const verdictEvent = events.find((e) => e.type === 'verdict');
    expect(verdictEvent?.award).toMatchObject({ xpGained: 0, streak: 1, badges: [] });
    expect(events.at(-1)).toMatchObject({ type: 'submission', status: 'accepted', award: verdictEvent?.award });
    // All four languages through the built binary, as a new user types them: new-user-flow.test.ts.
  }, 180_000);

  it('exits 1 with the failing case when a submission is wrong', async () => {
    const dir = cli([]).ctx.cwd;
    writeFileSync(join(dir, 'two-sum.js'), 'class Solution { twoSum(nums, target) { return [0, 1]; } }\n');
    const submit = cli(['submit', 'two-sum.js'], dir);
    expect(await submit.run()).toBe(1);
    expect(submit.ctx.stdout.text()).toMatch(/Wrong answer/);
  }, 120_000);

  it('shows the streak, stats and leaderboard after an accepted solve', async () => {
    const streak = cli(['streak', '--json']);
    expect(await streak.run()).toBe(0);
    expect(JSON.parse(streak.ctx.stdout.text())).toMatchObject({ current: 1, todayDone: true });
    const stats = cli(['stats']);
    expect(await stats.run()).toBe(0);
    expect(stats.ctx.stdout.text()).toMatch(/Level \d+ · \d+ XP/);
    expect(stats.ctx.stdout.text()).toContain('easy');
    const board = cli(['leaderboard', 'weekly', '--json']);
    expect(await board.run()).toBe(0);
    expect(JSON.parse(board.ctx.stdout.text())).toMatchObject({
      period: 'weekly',
      me: { rank: 1, username: 'practice' },
    });
    expect(await cli(['leaderboard', 'daily']).run()).toBe(2);
  }, 60_000);

  it('takes a scripted quiz and reports the score', async () => {
    const quiz = cli(['quiz', 'dsa-complexity', '--count', '2', '--answers', '1,1', '--json']);
    expect(await quiz.run()).toBe(0);
    const last = JSON.parse(quiz.ctx.stdout.text().trim().split('\n').at(-1) ?? '{}') as {
      type: string;
      score: { correct: number; total: number };
      award: { xpGained: number; streak: number };
    };
    expect(last).toMatchObject({ type: 'finished', score: { total: 2 }, award: { streak: 1 } });
    // 5 XP per right answer, +10 when both are right.
    expect(last.award.xpGained).toBe(last.score.correct * 5 + (last.score.correct === 2 ? 10 : 0));
    const plain = cli(['quiz', 'dsa-complexity', '--count', '1', '--answers', '1']);
    expect(await plain.run()).toBe(0);
    expect(plain.ctx.stdout.text()).toMatch(/(\+\d+ XP|no new XP \(no correct answers\)) · level \d+ · streak 1 day/);
  }, 60_000);

  it('prints the award of a module completed by enrolling and by reading an article', async () => {
    // Two one-module paths: one holding two-sum (solved above), one holding an article.
    const { sql } = server;
    for (const [slug, kind, ref] of [
      ['cli-solved', 'problem', 'two-sum'],
      ['cli-reading', 'article', 'https://example.com/read-me'],
    ] as const) {
      await sql.query(
        `WITH p AS (INSERT INTO learning_paths (slug, title, order_index) VALUES ($1, $1, 9) RETURNING id),
              m AS (INSERT INTO path_modules (path_id, title, order_index, module_key) SELECT id, 'Only', 0, 'only' FROM p
                    RETURNING id)
         INSERT INTO path_module_items (module_id, order_index, kind, ref, problem_id)
         SELECT m.id, 0, $2::text, $3::text, (SELECT id FROM problems WHERE slug = $3::text) FROM m`,
        [slug, kind, ref],
      );
    }
    const enroll = cli(['path', 'enroll', 'cli-solved']);
    expect(await enroll.run()).toBe(0);
    expect(enroll.ctx.stdout.text()).toMatch(/^\+30 XP · level \d+ · streak \d+ days?$/m);
    const again = cli(['path', 'enroll', 'cli-solved', '--json']);
    expect(await again.run()).toBe(0);
    expect(JSON.parse(again.ctx.stdout.text()).award).toBeNull();

    expect(await cli(['path', 'enroll', 'cli-reading']).run()).toBe(0);
    const notArticle = cli(['path', 'read', 'cli-solved']);
    expect(await notArticle.run()).toBe(2);
    const read = cli(['path', 'read', 'cli-reading', '--json']);
    expect(await read.run()).toBe(0);
    expect(JSON.parse(read.ctx.stdout.text())).toMatchObject({ percentage: 100, award: { xpGained: 30 } });
    const reread = cli(['path', 'read', 'cli-reading', 'https://example.com/read-me']);
    expect(await reread.run()).toBe(0);
    expect(reread.ctx.stdout.text()).not.toMatch(/XP/);
  }, 60_000);
});
